import { describe, expect, it } from 'vitest';
import { serializeDraft } from './draft.ts';
import { textHasSecrets } from './secretText.ts';
import { buildShareQuery } from './shareLink.ts';
import { importManifest } from '../operator/wizard/import.ts';
import { freshSession, resumeSession, withHandOver } from './session.ts';
import { wizardDefaults } from './wizardDefaults.ts';

const kafkaValues = () => {
  const v = wizardDefaults();
  v.msgStreamType = 'kafka';
  return v;
};
const draftOf = (name: string) =>
  serializeDraft({ values: { ...wizardDefaults(), name }, step: 1, reached: 2 }, textHasSecrets);

describe('where a session starts', () => {
  it('opens a share link before the draft', () => {
    const session = resumeSession(
      buildShareQuery({ values: kafkaValues() }, textHasSecrets).query,
      draftOf('from-draft'),
    );
    expect(session.source).toBe('share-link');
    expect(session.values.msgStreamType).toBe('kafka');
    expect(session.notices[0]?.tone).toBe('info');
    // The draft the link would replace is kept for the user to choose.
    expect(session.displacedDraft).toBe(draftOf('from-draft'));
  });

  it('falls back to the draft when the share link is broken, and says so', () => {
    const session = resumeSession('#/wizard?s=%%%', draftOf('from-draft'));
    expect(session.source).toBe('draft');
    expect(session.values.name).toBe('from-draft');
    expect(session.step).toBe(1);
    expect(session.notices).toEqual([
      {
        tone: 'error',
        text: expect.stringMatching(/share link is damaged.*opened your saved draft instead\.$/),
      },
    ]);
  });

  it('starts from the defaults when neither can be used', () => {
    const session = resumeSession('#/wizard?s=eyJ9', '{broken');
    expect(session.source).toBe('defaults');
    expect(session.values).toEqual(wizardDefaults());
    expect(session.notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/starts from the defaults\.$/),
      'The saved draft is damaged (not JSON). The wizard starts from the defaults.',
    ]);
  });

  it('starts quietly from the defaults the first time', () => {
    expect(resumeSession('#/wizard', null)).toMatchObject({ source: 'defaults', notices: [] });
  });
});

describe('a change handed over by another page', () => {
  it('sets the storage chosen on the decision page and opens its settings', () => {
    const base = { ...freshSession(), values: { ...wizardDefaults(), milvusVersion: '2.5' as const } };
    const session = withHandOver(
      base,
      {
        kind: 'setMsgStreamType',
        msgStreamType: 'natsmq',
        mode: 'standalone',
        milvusVersion: '2.5',
      },
      null,
    );
    expect(session.values.msgStreamType).toBe('natsmq');
    expect(session.step).toBe(2);
    expect(session.notices[0]?.tone).toBe('info');
  });

  it('takes the mode and version the storage was chosen for, with their default image', () => {
    const session = withHandOver(
      freshSession(),
      {
        kind: 'setMsgStreamType',
        msgStreamType: 'natsmq',
        mode: 'standalone',
        milvusVersion: '2.4',
      },
      null,
    );
    expect(session.values).toMatchObject({
      milvusVersion: '2.4',
      image: 'milvusdb/milvus:v2.4.24',
      msgStreamType: 'natsmq',
    });
    expect(session.step).toBe(2);
  });

  it('opens the storage step when the chosen storage cannot run there', () => {
    const session = withHandOver(
      freshSession(),
      {
        kind: 'setMsgStreamType',
        msgStreamType: 'natsmq',
        mode: 'standalone',
        milvusVersion: '2.6',
      },
      null,
    );
    expect(session.step).toBe(1);
    expect(session.notices[0]).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/^NATS cannot run/),
    });
  });

  it('imports a manifest from the checker, keeping its text and remembering its storage', () => {
    const yaml =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: old\nspec:\n  components:\n    image: milvusdb/milvus:v2.5.26\n';
    const session = withHandOver(freshSession(), { kind: 'importManifest', yaml }, importManifest);
    expect(session).toMatchObject({
      source: 'checker',
      step: 3,
      yamlText: yaml,
      importedFrom: { msgStreamType: 'rocksmq' },
    });
    expect(session.importNotes).toContain('msgStreamType is not set: the operator resolves it to rocksmq.');
  });

  it('keeps the session and says why when the manifest cannot be opened', () => {
    const session = withHandOver(
      freshSession(),
      { kind: 'importManifest', yaml: 'kind: ConfigMap\n' },
      importManifest,
    );
    expect(session.values).toEqual(wizardDefaults());
    expect(session.notices[0]?.text).toMatch(/cannot be opened in the wizard: No Milvus resource/);
  });
});
