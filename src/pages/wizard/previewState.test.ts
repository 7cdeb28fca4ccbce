import { describe, expect, it } from 'vitest';
import { generateYaml } from '../../model/operator/write/generate.ts';
import type { WizardValues } from '../../model/wizard/values/values.ts';
import { wizardDefaults } from '../../model/wizard/wizardDefaults.ts';
import { afterEdit, afterFormChange, editedTextOf, previewState, readUnread } from './previewState.ts';
import * as parsing from './yamlParsingModule.ts';

const withName = (values: WizardValues, name: string): WizardValues => ({ ...values, name });

/** A manifest the user wrote: the wizard's, plus a comment and a key the wizard does not model. */
function userManifest(values: WizardValues): string {
  return generateYaml(values)
    .replace('kind: Milvus', 'kind: Milvus # ours')
    .replace('spec:\n', 'spec:\n  hookConfig: { keep: me }\n');
}

describe('a restored YAML text before the YAML parser has loaded', () => {
  it('shows at once, and is taken as the merge base once the parser arrives', () => {
    const values = wizardDefaults();
    const text = userManifest(values);
    const waiting = previewState(values, text, null);
    expect(waiting).toMatchObject({ text, userText: null, problem: null });

    const { state, reset } = readUnread(waiting, parsing);
    expect(state).toMatchObject({ text, userText: text, problem: null, unread: null });
    expect(reset).toBeUndefined();
  });

  it('takes form changes made meanwhile into the text when the parser arrives, keeping what the user wrote', () => {
    const values = wizardDefaults();
    const text = userManifest(values);
    const changed = afterFormChange(previewState(values, text, null), withName(values, 'later'), null);
    expect(changed.text).toBe(text);

    const { state } = readUnread(changed, parsing);
    expect(state.userText).toBe(text);
    expect(state.text).toContain('name: later');
    expect(state.text).toContain('kind: Milvus # ours');
    expect(state.text).toContain('hookConfig: { keep: me }');
  });

  it('shows the problem of an invalid text with its line once the parser arrives, and that the form is ahead', () => {
    const values = wizardDefaults();
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  mode: [cluster\n';
    const changed = afterFormChange(previewState(values, text, null), withName(values, 'later'), null);

    const { state } = readUnread(changed, parsing);
    expect(state.text).toBe(text);
    expect(state.userText).toBeNull();
    expect(state.problem?.line).toBeGreaterThan(0);
    expect(state.formAhead).toBe(true);
  });
});

describe('YAML typed before the YAML parser has loaded', () => {
  it('resets the form to what the text says once the parser arrives, with form changes made since on top', () => {
    const values = wizardDefaults();
    const typed = userManifest({ ...values, namespace: 'typed' });
    const edited = afterEdit(previewState(values, undefined, parsing), typed, null);
    expect(edited.reset).toBeUndefined();
    expect(edited.state.text).toBe(typed);

    const changed = afterFormChange(edited.state, withName(values, 'after-typing'), null);
    const { state, reset } = readUnread(changed, parsing);
    expect(reset).toMatchObject({ namespace: 'typed', name: 'after-typing' });
    expect(state.values).toMatchObject({ namespace: 'typed', name: 'after-typing' });
    expect(state.userText).toBe(typed);
    expect(state.text).toContain('name: after-typing');
    expect(state.text).toContain('hookConfig: { keep: me }');
  });

  it('is read at once when the parser is there', () => {
    const values = wizardDefaults();
    const typed = userManifest({ ...values, namespace: 'typed' });
    const { state, reset } = afterEdit(previewState(values, undefined, parsing), typed, parsing);
    expect(reset).toMatchObject({ namespace: 'typed' });
    expect(state).toMatchObject({ text: typed, userText: typed, unread: null });
  });
});

describe('a fresh session before the YAML module has loaded', () => {
  it('writes the manifest of the latest form values as soon as the module arrives', () => {
    const values = wizardDefaults();
    const waiting = previewState(values, undefined, null);
    expect(waiting).toMatchObject({ text: '', userText: null, unread: { from: 'fresh' } });

    const changed = afterFormChange(waiting, withName(values, 'early'), null);
    expect(changed.text).toBe('');

    const { state, reset } = readUnread(changed, parsing);
    expect(state).toMatchObject({ userText: null, unread: null, problem: null });
    expect(state.text).toBe(generateYaml(withName(values, 'early')));
    expect(reset).toBeUndefined();
  });

  it('gives drafts no text of its own while the manifest waits to be written, but the text a user typed meanwhile', () => {
    const values = wizardDefaults();
    const changed = afterFormChange(previewState(values, undefined, null), withName(values, 'early'), null);
    expect(editedTextOf(changed)).toBeUndefined();
    const typed = userManifest(values);
    expect(editedTextOf(afterEdit(changed, typed, null).state)).toBe(typed);
  });

  it('writes at once when the module is already there', () => {
    const values = wizardDefaults();
    expect(previewState(values, undefined, parsing).text).toBe(generateYaml(values));
  });
});

describe('a text that names a storage Milvus does not know', () => {
  it('is a problem that keeps the form on its last good storage', () => {
    const values = { ...wizardDefaults(), msgStreamType: 'kafka' as const };
    const start = previewState(values, undefined, parsing);
    const typed = start.text.replace('msgStreamType: kafka', 'msgStreamType: kafka k');
    const { state, reset } = afterEdit(start, typed, parsing);
    expect(reset).toBeUndefined();
    expect(state.values.msgStreamType).toBe('kafka');
    expect(state.problem).toMatchObject({ storageInFile: 'kafka k' });
    expect(state.text).toBe(typed);
  });
});

describe('the Helm preview, two-way: the same steps with the target as a parameter', () => {
  const helmValues = (): WizardValues => ({ ...wizardDefaults(), target: 'helm' });

  it('an edit of values.yaml resets the form to what the chart would run (pulsarv3 on in a cluster: Pulsar)', () => {
    const start = previewState(helmValues(), undefined, parsing);
    const edited = start.text
      .replace('cluster:\n  enabled: false', 'cluster:\n  enabled: true')
      .replace('pulsarv3:\n  enabled: false', 'pulsarv3:\n  enabled: true');
    expect(edited).not.toBe(start.text);
    const { state, reset } = afterEdit(start, edited, parsing);
    expect(state.problem).toBeNull();
    expect(state.userText).toBe(edited);
    expect(reset).toMatchObject({ target: 'helm', mode: 'cluster', msgStreamType: 'pulsar' });
  });

  it('a form change keeps the keys of the user’s values the form does not model', () => {
    const start = previewState(helmValues(), undefined, parsing);
    const { state } = afterEdit(start, `${start.text}metrics:\n  enabled: true # mine\n`, parsing);
    const next = afterFormChange(state, withName(state.values, 'later'), parsing);
    expect(next.text).toContain('enabled: true # mine');
    expect(parsing.keptKeys(next.values, next.text)).toEqual(['metrics.enabled']);
  });

  it('switching the target drops the other target’s text: a manifest is never a merge base for values.yaml', () => {
    const values = wizardDefaults();
    const operator = previewState(values, userManifest(values), parsing);
    expect(operator.userText).not.toBeNull();
    const helm = afterFormChange(operator, { ...values, target: 'helm' }, parsing);
    expect(helm.userText).toBeNull();
    expect(helm.text).toBe(parsing.helmOutput(helm.values).text);
  });
});
