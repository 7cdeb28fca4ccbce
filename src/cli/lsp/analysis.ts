/**
 * One check per document version: the language server's features all read the same result.
 * A change schedules a check after a quiet spell (the debounce), so typing in a large file costs
 * one check per pause, not one per keystroke; a feature that needs the result of the current text
 * before then (a code action, a hover) runs it at once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkManifest, type CheckOptions, type CheckResult } from '../../model/operator/checker/index.ts';
import { valuesFactsOf, type ValuesFacts } from '../../model/editing/valuesHelp.ts';
import { sharingParses } from '../../model/yaml/sharedParse.ts';
import { checkHelm, looksLikeHelmValues, type HelmCheckOptions } from '../../model/helm/index.ts';

/**
 * The check `milvus-mq check` makes of one file: a Milvus manifest, or else, when the text reads
 * as the milvus chart's values, those values as one release (src/cli/check.ts does the same).
 */
export function checkText(
  uri: string,
  text: string,
  options: CheckOptions,
  helm: HelmCheckOptions,
): TextCheck {
  // One parse and one reading of the values for the three stages (model/yaml/sharedParse.ts).
  return sharingParses(() => {
    const result = checkManifest(text, options);
    if (result.milvusResources > 0 || !looksLikeHelmValues(text)) return result;
    const checked = checkHelm([{ kind: 'file', name: uri, text }], helm);
    const chartOrigin = helm.chartVersion ? 'the chartVersion setting' : 'the newest this tool knows';
    return {
      ...result,
      diagnostics: checked.reports[0]?.diagnostics ?? [],
      resolved: [],
      ...(checked.resolved ? { values: valuesFactsOf(checked.resolved, chartOrigin) } : {}),
    };
  });
}

/** A check of a document: a manifest's, or a values file's with the release it describes. */
export interface TextCheck extends CheckResult {
  /** The text was read as the chart's values: what hover and completion say of its keys. */
  values?: ValuesFacts;
}

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  result: TextCheck;
}

export const DEBOUNCE_MS = 200;

/**
 * Up to this size a request on text typed since the last check (a code action right after a
 * keystroke) checks it at once; above, it waits for the debounce's check, so that a large file
 * never costs a check per keystroke (editors ask for code actions on every cursor move).
 */
export const CHECK_ON_REQUEST_MAX = 200_000;

export class Analyses {
  private readonly latest = new Map<string, Analysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  options: CheckOptions = {};
  helmOptions: HelmCheckOptions = {};

  /** `publish` receives every new analysis (the validation feature sends its diagnostics). */
  constructor(
    private readonly publish: (analysis: Analysis) => void,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** Checks after the debounce (on a change), or at once (on open). */
  schedule(document: TextDocument, now = false): void {
    this.cancel(document.uri);
    if (now) {
      this.current(document);
      return;
    }
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        this.current(document);
      }, this.debounceMs),
    );
  }

  /** The analysis of the document's current text, checking it now if it is not there yet. */
  current(document: TextDocument): Analysis {
    const known = this.latest.get(document.uri);
    if (known && known.version === document.version) return known;
    this.cancel(document.uri);
    const text = document.getText();
    const analysis: Analysis = {
      uri: document.uri,
      version: document.version,
      text,
      // A text already checked (a change undone, a save that changed nothing) keeps its result:
      // the settings are the same, since a change of them forgets every result (invalidate).
      result:
        known?.text === text ? known.result : checkText(document.uri, text, this.options, this.helmOptions),
    };
    this.latest.set(document.uri, analysis);
    this.publish(analysis);
    return analysis;
  }

  /** The analysis of the current text if it is there or cheap to make now; null while a large file waits for its check. */
  forRequest(document: TextDocument): Analysis | null {
    const known = this.latest.get(document.uri);
    if (known && known.version === document.version) return known;
    return document.getText().length <= CHECK_ON_REQUEST_MAX ? this.current(document) : null;
  }

  /**
   * The current text with the latest result, which may be of an older version: enough for what
   * reads the resource's mode and version (hover, completion), without a check per keystroke.
   */
  recent(document: TextDocument): Analysis {
    const known = this.latest.get(document.uri);
    if (!known || (known.version !== document.version && document.getText().length <= CHECK_ON_REQUEST_MAX))
      return this.current(document);
    return { ...known, version: document.version, text: document.getText() };
  }

  /** Forgets the results, so the next request checks again (the settings changed). */
  invalidate(): void {
    this.latest.clear();
  }

  close(uri: string): void {
    this.cancel(uri);
    this.latest.delete(uri);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
