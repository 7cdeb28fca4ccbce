/**
 * `milvus-mq diff OLD NEW`: what applying NEW does to the running Milvus OLD describes;
 * `milvus-mq diff --patch OLD PATCH`: what `kubectl patch --type merge` with PATCH does to it.
 */
import { diffManifests, diffPatch, type DiffResult } from '../model/change/diff.ts';
import { formatJson, formatText, type FileReport } from '../model/output/index.ts';
import { readInputBytes } from '../model/yaml/decode.ts';
import { RESOLVE_FLAGS, checkOptionsFrom, commandLine, textOrJson, usageError } from './args.ts';
import { DIFF_HELP } from './help.ts';
import { EXIT, readError, type Io } from './io.ts';
import { HELM_FLAGS, helmOptions, type HelmFlagValues } from './helmInputs.ts';

export async function runDiff(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => usageError(io, 'diff', problem);
  const parsed = commandLine(
    io,
    'diff',
    DIFF_HELP,
    args,
    {
      format: { type: 'string', default: 'text' },
      patch: { type: 'boolean', default: false },
      'operator-version': RESOLVE_FLAGS['operator-version'],
      helm: HELM_FLAGS.helm,
      'chart-version': HELM_FLAGS['chart-version'],
      'old-chart-version': { type: 'string' },
      'reuse-values': { type: 'boolean' },
      release: HELM_FLAGS.release,
    },
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = textOrJson(values.format);
  if (format !== 'text' && format !== 'json') return usage(format);
  const resolveOptions = checkOptionsFrom({ 'operator-version': values['operator-version'] });
  if (typeof resolveOptions === 'string') return usage(resolveOptions);
  const operatorVersion = resolveOptions.operatorVersion;
  const patch = values.patch === true;
  if (positionals.length !== 2)
    return usage(`give two files, OLD and ${patch ? 'PATCH' : 'NEW'} (got ${positionals.length})`);
  if (positionals[0] === '-' && positionals[1] === '-')
    return usage('standard input (-) can be read only once');

  const texts: string[] = [];
  const [oldName, newName] = positionals.map((p) => (p === '-' ? '<stdin>' : p)) as [string, string];
  const refused: FileReport[] = [];
  for (const [i, file] of positionals.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await io.readStdinBytes() : await io.readFileBytes(file);
    } catch (error) {
      io.err(`milvus-mq: cannot read ${file}: ${readError(error)}\n`);
      return EXIT.usage;
    }
    // Read as check reads it (model/yaml/decode.ts): the same code and words for bad bytes. An
    // empty values file is a valid Helm input (no overrides), so --helm lets it through.
    const read = readInputBytes(bytes);
    if (read.ok) texts.push(read.text);
    else if (values.helm && read.code === 'empty-input') texts.push('');
    else {
      texts.push('');
      refused.push({
        file: i === 0 ? oldName : newName,
        diagnostics: [
          {
            severity: 'error',
            code: read.code,
            message: read.message,
            path: '',
            documentIndex: 0,
            line: read.line,
            column: read.column,
          },
        ],
        milvusResources: 0,
      });
    }
  }
  if (refused.length > 0) {
    io.out(
      format === 'json'
        ? formatJson({ reports: refused, unreadable: [] })
        : formatText({ reports: refused, unreadable: [] }),
    );
    return EXIT.problems;
  }
  if (values.helm) {
    // helm upgrade: OLD's values as installed, NEW's as upgraded (chart versions may differ).
    const { diffHelm } = await import('../model/helm/diff.ts');
    const { chartVersion, ...rest } = helmOptions(values as HelmFlagValues);
    const result = diffHelm(
      [{ kind: 'file', name: oldName, text: texts[0]! }],
      [{ kind: 'file', name: newName, text: texts[1]! }],
      {
        ...rest,
        ...(chartVersion ? { newChartVersion: chartVersion } : {}),
        ...(values['old-chart-version'] ? { oldChartVersion: values['old-chart-version'] } : {}),
        ...(values['reuse-values'] ? { reuseValues: true } : {}),
      },
    );
    const reports = [...result.oldReports, ...result.reports];
    io.out(
      format === 'json' ? formatJson({ reports, unreadable: [] }) : formatText({ reports, unreadable: [] }),
    );
    return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.problems : EXIT.ok;
  }
  const result = patch
    ? diffPatch(texts[0]!, texts[1]!, operatorVersion)
    : diffManifests(texts[0]!, texts[1]!, operatorVersion);
  const reports: FileReport[] = [
    ...(result.old.length > 0 ? [{ file: oldName, diagnostics: result.old, milvusResources: 0 }] : []),
    { file: newName, diagnostics: result.new, milvusResources: result.pairs.length },
  ];
  io.out(
    format === 'json'
      ? jsonOutput(reports, result)
      : `${formatText({ reports, unreadable: [] })}${planText(result)}`,
  );
  return [...result.old, ...result.new].some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

function planText(result: DiffResult): string {
  const lines: string[] = [];
  for (const pair of result.pairs) {
    const plan = pair.plan;
    if (!plan) continue;
    lines.push(
      '',
      `Switch plan for ${pair.name}: ${plan.from} -> ${plan.to}${plan.workable ? '' : ' (cannot work as published)'}`,
    );
    plan.steps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.title}`, `   ${step.detail}`);
      if (step.command) lines.push(...step.command.split('\n').map((l) => `   $ ${l}`));
      if (step.manifest)
        lines.push(
          '   ---',
          ...step.manifest
            .trimEnd()
            .split('\n')
            .map((l) => `   ${l}`),
        );
    });
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function jsonOutput(reports: FileReport[], result: DiffResult): string {
  const files = (JSON.parse(formatJson({ reports, unreadable: [] })) as { files: unknown[] }).files;
  const plans = result.pairs.flatMap((pair) => (pair.plan ? [{ name: pair.name, ...pair.plan }] : []));
  return `${JSON.stringify({ files, plans }, null, 2)}\n`;
}
