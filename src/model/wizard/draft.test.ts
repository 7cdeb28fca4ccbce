import { describe, expect, it } from 'vitest';
import { draftToSave, parseDraft, serializeDraft } from './draft.ts';
import { textHasSecrets, withoutSecretValues } from './secretText.ts';
import { wizardDefaults } from './wizardDefaults.ts';

describe('saved draft', () => {
  it('restores values, YAML text and the step, without passwords', () => {
    const values = wizardDefaults();
    values.msgStreamType = 'kafka';
    values.kafka.external = true;
    values.kafka.brokerList = ['kafka-0:9092'];
    values.kafka.saslPassword = 'hunter2';
    const yamlText = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\n';
    const raw = serializeDraft(
      {
        values,
        yamlText,
        step: 2,
        reached: 3,
        importedFrom: { msgStreamType: 'rocksmq' },
      },
      textHasSecrets,
    );
    expect(raw).not.toContain('hunter2');
    const result = parseDraft(raw);
    expect(result).toEqual({
      ok: true,
      draft: {
        values: { ...values, kafka: { ...values.kafka, saslPassword: '' } },
        yamlText,
        step: 2,
        reached: 3,
        importedFrom: { msgStreamType: 'rocksmq' },
      },
    });
  });

  it('keeps only the values when the edited YAML holds a password', () => {
    const raw = serializeDraft(
      {
        values: wizardDefaults(),
        yamlText: 'spec:\n  config:\n    kafka:\n      saslPassword: hunter2\n',
        step: 0,
        reached: 0,
      },
      textHasSecrets,
    );
    expect(raw).not.toContain('hunter2');
    const result = parseDraft(raw);
    expect(result?.ok && result.draft.yamlText).toBeUndefined();
  });

  it('never keeps YAML text that could not be checked for secrets', () => {
    const raw = serializeDraft(
      {
        values: wizardDefaults(),
        yamlText: 'apiVersion: milvus.io/v1beta1\nkind: Milvus\n',
        step: 0,
        reached: 0,
      },
      null,
    );
    const result = parseDraft(raw);
    expect(result?.ok && result.draft.yamlText).toBeUndefined();
  });

  it('reports a damaged draft and treats no draft as none', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toEqual({ ok: false, error: 'The saved draft is damaged (not JSON).' });
    expect(parseDraft('{"f":1,"v":{"mode":"galaxy"}}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The saved draft cannot be used: mode: /),
    });
  });
});

describe('a draft saved from a session with passwords', () => {
  it('keeps the text without its secret values and says what was not kept', () => {
    const values = wizardDefaults();
    values.kafka.saslPassword = 'hunter2';
    const yamlText = 'metadata:\n  labels:\n    team: search\nspec:\n  config:\n    kafka:\n      saslPassword: hunter2\n';
    const saved = draftToSave({ values, yamlText, step: 2, reached: 3 }, { textHasSecrets, withoutSecretValues });
    const raw = serializeDraft(saved, textHasSecrets);
    expect(raw).not.toContain('hunter2');
    const back = parseDraft(raw);
    expect(back?.ok && back.draft.yamlText).toContain('team: search');
    expect(back?.ok && back.draft.notKept).toEqual([
      'the SASL password (saslPassword)',
      'the password and token values in your YAML (their keys are kept, empty)',
    ]);
  });
});
