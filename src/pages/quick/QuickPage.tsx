// "Quick manifest": mode, version, message storage and where it runs, on one page, with the
// manifest ready to download at once. Every rule is the wizard's (model/wizard/quick.ts); the
// wizard stays the place for everything else.
import { useId, useMemo, useState } from 'react';
import { MODE_LABELS, type DeploymentMode, type MsgStreamType } from '../../model/facts/support.ts';
import { DEPLOYMENT_MODES } from '../../model/facts/operatorEnums.ts';
import { MILVUS_MINOR_VERSIONS, type MilvusMinor } from '../../model/facts/versions.ts';
import {
  QUICK_EXTERNAL,
  quickChoice,
  quickManifest,
  quickStorageOptions,
  withContext,
  type QuickChoice,
} from '../../model/wizard/quick.ts';
import { MANIFEST_FILE_NAME } from '../../model/wizard/output.ts';
import { downloadText } from '../../shared/downloadText.ts';
import { routePath } from '../../shared/routes.ts';
import './quick.css';

const ADDRESS_HELP: Partial<Record<MsgStreamType, string>> = {
  pulsar: 'The Pulsar proxy or broker, host:port without a scheme (pulsar-proxy.mq:6650).',
  kafka: 'Each broker as host:port, separated by commas or spaces (kafka-0.mq:9092, kafka-1.mq:9092).',
};

export function QuickPage() {
  const id = useId();
  const [choice, setChoice] = useState<QuickChoice>(quickChoice);
  const [notices, setNotices] = useState<string[]>([]);
  const manifest = useMemo(() => quickManifest(choice), [choice]);
  const options = quickStorageOptions(choice.mode, choice.milvusVersion);
  const canBeExternal = QUICK_EXTERNAL.includes(choice.msgStreamType);
  const addressProblems = manifest.problems.filter((p) => p.path.startsWith(`${choice.msgStreamType}.`));
  const otherProblems = manifest.problems.filter((p) => !addressProblems.includes(p));

  const setContext = (next: Pick<QuickChoice, 'mode' | 'milvusVersion'>) => {
    const changed = withContext(choice, next);
    setChoice(changed.choice);
    setNotices(changed.notices);
  };
  const update = (next: Partial<QuickChoice>) => {
    setChoice((c) => ({ ...c, ...next }));
    setNotices([]);
  };

  return (
    <div className="quick-page">
      <header>
        <h1>Quick manifest</h1>
        <p className="quick-lead">
          Four choices and the manifest is ready. The <a href={routePath('wizard')}>four-step wizard</a> has
          every other setting (name, persistence, Kafka security, Woodpecker pools), with the same rules.
        </p>
      </header>
      <div className="quick-layout">
        <form className="quick-form" onSubmit={(e) => e.preventDefault()} aria-label="Quick choices">
          <fieldset className="quick-field">
            <legend>Deployment mode</legend>
            {DEPLOYMENT_MODES.map((mode: DeploymentMode) => (
              <label key={mode} className="quick-option">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={choice.mode === mode}
                  onChange={() => setContext({ mode, milvusVersion: choice.milvusVersion })}
                />
                {MODE_LABELS[mode]}
              </label>
            ))}
          </fieldset>
          <div className="quick-field">
            <label htmlFor={`${id}-version`}>Milvus version</label>
            <select
              id={`${id}-version`}
              value={choice.milvusVersion}
              onChange={(e) =>
                setContext({ mode: choice.mode, milvusVersion: e.target.value as MilvusMinor })
              }
            >
              {MILVUS_MINOR_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          {notices.length > 0 && (
            <div role="status" className="quick-notice">
              {notices.map((n) => (
                <p key={n}>{n}</p>
              ))}
            </div>
          )}
          <fieldset className="quick-field">
            <legend>Message storage</legend>
            {options.map((o) => (
              <div key={o.mq} className="quick-option-block">
                <label className="quick-option">
                  <input
                    type="radio"
                    name={`${id}-mq`}
                    checked={choice.msgStreamType === o.mq}
                    disabled={!o.selectable}
                    aria-describedby={o.selectable ? undefined : `${id}-mq-${o.mq}-why`}
                    onChange={() => update({ msgStreamType: o.mq })}
                  />
                  {o.label}
                </label>
                {!o.selectable && (
                  <span id={`${id}-mq-${o.mq}-why`} className="quick-why">
                    {o.reason}
                  </span>
                )}
              </div>
            ))}
          </fieldset>
          {canBeExternal && (
            <fieldset className="quick-field">
              <legend>Where it runs</legend>
              <label className="quick-option">
                <input
                  type="radio"
                  name={`${id}-side`}
                  checked={!choice.external}
                  onChange={() => update({ external: false })}
                />
                In the cluster (the operator installs it)
              </label>
              <label className="quick-option">
                <input
                  type="radio"
                  name={`${id}-side`}
                  checked={choice.external}
                  onChange={() => update({ external: true })}
                />
                External, at an address
              </label>
              {choice.external && (
                <div className="quick-address">
                  <label htmlFor={`${id}-address`}>Address</label>
                  <span id={`${id}-address-help`} className="quick-why">
                    {ADDRESS_HELP[choice.msgStreamType]}
                  </span>
                  <input
                    id={`${id}-address`}
                    type="text"
                    spellCheck={false}
                    autoComplete="off"
                    value={choice.address}
                    aria-invalid={addressProblems.length > 0}
                    aria-describedby={`${id}-address-help${addressProblems.length > 0 ? ` ${id}-address-error` : ''}`}
                    onChange={(e) => update({ address: e.target.value })}
                  />
                  {addressProblems.length > 0 && (
                    <p id={`${id}-address-error`} className="quick-error">
                      {addressProblems.map((p) => p.message).join(' ')}
                    </p>
                  )}
                </div>
              )}
            </fieldset>
          )}
          {otherProblems.length > 0 && (
            <ul className="quick-error">
              {otherProblems.map((p) => (
                <li key={`${p.path}-${p.message}`}>{p.message}</li>
              ))}
            </ul>
          )}
        </form>
        <section className="quick-output" aria-labelledby={`${id}-output`}>
          <h2 id={`${id}-output`}>{MANIFEST_FILE_NAME}</h2>
          <div className="quick-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={manifest.yaml === null}
              aria-describedby={manifest.yaml === null ? `${id}-blocked` : undefined}
              onClick={() => manifest.yaml !== null && downloadText(manifest.yaml, MANIFEST_FILE_NAME)}
            >
              Download {MANIFEST_FILE_NAME}
            </button>
          </div>
          {manifest.yaml === null && (
            <p id={`${id}-blocked`} className="quick-error">
              Not ready: fix the address above first.
            </p>
          )}
          {manifest.yaml !== null && (
            <pre className="quick-yaml" tabIndex={0} aria-label={`${MANIFEST_FILE_NAME} preview`}>
              {manifest.yaml}
            </pre>
          )}
        </section>
      </div>
    </div>
  );
}
