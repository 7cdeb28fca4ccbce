/**
 * Types and allowed values, as the CRD (and, in spec.config, Milvus) reads them. A wrong type or
 * value in a CRD field makes the API server refuse the whole resource; in spec.config, Milvus
 * cannot use the setting.
 */
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import * as z from 'zod';
import type { Diagnostic, Fix, YamlPath } from '../../../findings/diagnostics.ts';
import { formatPath } from '../../../findings/diagnostics.ts';
import { enumValues, expectedText, unwrap } from '../../manifest/introspect.ts';
import type { CheckContext } from '../context.ts';
import { walkResourceSchema, type Mismatch } from '../schemaWalk.ts';
import { closestName } from '../../../findings/suggest.ts';
import type { Rule } from './types.ts';

/** Plain scalars that YAML 1.1 (and so kubectl) reads as booleans, while YAML 1.2 reads strings. */
const YAML11_TRUE = /^(y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(n|N|no|No|NO|off|Off|OFF)$/;

type Reader = 'apiserver' | 'milvus';

function readerOf(path: YamlPath): Reader {
  if (path[0] === 'spec' && path[1] === 'config' && path.length > 2) return 'milvus';
  return 'apiserver';
}

function consequence(reader: Reader, path: YamlPath): string {
  switch (reader) {
    case 'apiserver':
      return 'the API server rejects the resource (kubectl apply fails)';
    case 'milvus':
      return `Milvus cannot use ${formatPath(path.slice(2))}`;
  }
}

export const schemaRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  walkResourceSchema(ctx, {
    mismatch: (info) => {
      // apiVersion and kind are the resource-kind rule's business.
      if (info.path.length === 1 && (info.path[0] === 'apiVersion' || info.path[0] === 'kind')) return;
      const diagnostic = mismatch(ctx, info);
      if (diagnostic) out.push(diagnostic);
    },
    missing: ({ parent, key }) => {
      out.push(
        ctx.report({
          severity: 'error',
          code: 'missing-field',
          message: `${formatPath([...parent, key])} is required: ${consequence(readerOf(parent), parent)} without it.`,
          path: [...parent, key],
          anchor: parent,
        }),
      );
    },
  });
  return out;
};

function describeNode(node: Node): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return `the string "${clip(value)}"`;
    if (typeof value === 'boolean') return `the boolean ${String(value)}`;
    if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  }
  return 'another type';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function mismatch(ctx: CheckContext, { path, node, schema }: Mismatch): Diagnostic | null {
  const reader = readerOf(path);
  const name = formatPath(path);
  const expected = expectedText(schema);
  const inner = unwrap(schema);
  const wantsBoolean = expected.startsWith('a boolean');
  const plain = isScalar(node) && (node.type === Scalar.PLAIN || node.type === undefined);

  // `external: yes`: kubectl reads a boolean, YAML 1.2 tools read a string.
  if (wantsBoolean && plain && typeof node.value === 'string' && reader !== 'milvus') {
    const yaml11 = YAML11_TRUE.test(node.value) ? true : YAML11_FALSE.test(node.value) ? false : null;
    if (yaml11 !== null) {
      return ctx.report({
        severity: 'warning',
        code: 'yaml11-boolean',
        message: `${name} is ${node.value}: kubectl reads it as ${String(yaml11)} (YAML 1.1), but YAML 1.2 tools (and this checker) read the string "${node.value}". Write ${String(yaml11)}.`,
        path,
        part: 'value',
        fix: { title: `Write ${String(yaml11)}`, safe: true, edits: [{ op: 'set', path, value: yaml11 }] },
      });
    }
  }

  const values = enumValues(inner);
  if (values && isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const given = String(node.value);
    const meant = closestName(
      given,
      values.filter((v) => v !== ''),
    );
    const caseOnly = meant !== null && meant.toLowerCase() === given.toLowerCase();
    const severity = reader === 'milvus' && caseOnly ? 'warning' : 'error';
    return ctx.report({
      severity,
      code: 'invalid-value',
      message:
        reader === 'milvus' && caseOnly
          ? `${name} is "${clip(given)}": write ${meant}, the spelling Milvus documents (${expected}).`
          : `${name} is "${clip(given)}", which is not ${expected}: ${consequence(reader, path)}.${meant ? ` Did you mean ${meant}?` : ''}`,
      path,
      part: 'value',
      fix: meant
        ? { title: `Write ${meant}`, safe: caseOnly, edits: [{ op: 'set', path, value: meant }] }
        : undefined,
    });
  }

  if (
    isScalar(node) &&
    typeof node.value === 'string' &&
    plain === false &&
    wantsBoolean &&
    /^(true|false)$/i.test(node.value)
  ) {
    const value = node.value.toLowerCase() === 'true';
    return ctx.report({
      severity: reader === 'milvus' ? 'warning' : 'error',
      code: 'wrong-type',
      message: `${name} must be ${expected}, not the quoted string "${node.value}": ${consequence(reader, path)}. Remove the quotes.`,
      path,
      part: 'value',
      fix: { title: `Write ${String(value)}`, safe: true, edits: [{ op: 'set', path, value }] },
    });
  }

  // `version: 2.6` is a number to YAML; the CRD wants the string "2.6".
  if (
    inner instanceof z.ZodString &&
    isScalar(node) &&
    (typeof node.value === 'number' || typeof node.value === 'boolean')
  ) {
    const source = sourceOf(ctx, node) ?? String(node.value);
    return ctx.report({
      severity: reader === 'milvus' ? 'warning' : 'error',
      code: 'wrong-type',
      message: `${name} must be a string, but YAML reads ${source} as ${describeNode(node)}: ${consequence(reader, path)}. Quote it: "${source}".`,
      path,
      part: 'value',
      fix: { title: `Quote it: "${source}"`, safe: true, edits: [{ op: 'set', path, value: source }] },
    });
  }

  // A string where a string is expected, but kubectl (YAML 1.1) reads it as a boolean.
  if (inner instanceof z.ZodString && plain && typeof node.value === 'string' && reader === 'apiserver') {
    if (YAML11_TRUE.test(node.value) || YAML11_FALSE.test(node.value)) {
      return ctx.report({
        severity: 'error',
        code: 'wrong-type',
        message: `${name} is the unquoted ${node.value}, which kubectl (YAML 1.1) reads as a boolean, while the field takes a string: ${consequence(reader, path)}. Quote it: "${node.value}".`,
        path,
        part: 'value',
      });
    }
    return null;
  }

  return ctx.report({
    severity: reader === 'milvus' ? 'warning' : 'error',
    code: 'wrong-type',
    message: `${name} must be ${expected}, not ${describeNode(node)}: ${consequence(reader, path)}.${hint(path, node)}`,
    path,
    part: 'value',
    fix: typeFix(ctx, path, node, schema),
  });
}

function sourceOf(ctx: CheckContext, node: Node): string | null {
  const range = node.range;
  if (!range) return null;
  return ctx.source.slice(range[0], range[1]).trim() || null;
}

function hint(path: YamlPath, node: Node): string {
  const name = formatPath(path);
  if (name === 'spec.dependencies.pulsar.endpoint' && isSeq(node))
    return ' The endpoint is ONE host:port string.';
  if (name === 'spec.dependencies.kafka.brokerList' && isScalar(node))
    return ' brokerList is a list, one host:port per item.';
  return '';
}

/** Conversions that keep exactly what was written: a one-item list to its item, a string to a list. */
function typeFix(ctx: CheckContext, path: YamlPath, node: Node, schema: Mismatch['schema']): Fix | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodString && isSeq(node) && node.items.length === 1) {
    const item = ctx.resolver.scalar(node.items[0]);
    if (typeof item === 'string') {
      return {
        title: `Write the one item as a string: ${item}`,
        safe: true,
        edits: [{ op: 'set', path, value: item }],
      };
    }
  }
  if (inner instanceof z.ZodArray && isScalar(node) && typeof node.value === 'string') {
    const items = node.value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (items.length > 0) {
      return {
        title: `Write a list: ${items.join(', ')}`,
        safe: true,
        edits: [{ op: 'set', path, value: items }],
      };
    }
  }
  return undefined;
}
