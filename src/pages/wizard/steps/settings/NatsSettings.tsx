import { NumberField } from '../../fields/NumberField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { TriStateSelect } from '../../fields/TriStateSelect.tsx';
import { PersistenceFields } from './PersistenceFields.tsx';

const SERVER = 'natsmq.server';

export function NatsSettings() {
  return (
    <>
      <p className="step-lead">
        NATS runs inside the Milvus pod. Its server settings belong in Milvus&apos;s own configuration
        (spec.config.natsmq.server), not under dependencies, where the operator would drop them.
      </p>
      <PersistenceFields storage="natsmq" />
      <fieldset className="group">
        <legend>Server (spec.config.natsmq.server)</legend>
        <div className="field-row">
          <NumberField name={`${SERVER}.port`} label="Port (port)" />
          <TextField name={`${SERVER}.storeDir`} label="Store directory (storeDir)" />
        </div>
        <div className="field-row">
          <NumberField name={`${SERVER}.maxFileStore`} label="Max file store (maxFileStore)" unit="bytes" />
          <NumberField name={`${SERVER}.maxPayload`} label="Max payload (maxPayload)" unit="bytes" />
        </div>
        <div className="field-row">
          <NumberField name={`${SERVER}.maxPending`} label="Max pending (maxPending)" unit="bytes" />
          <NumberField
            name={`${SERVER}.initializeTimeout`}
            label="Initialize timeout (initializeTimeout)"
            unit="ms"
          />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Monitoring (monitor)</legend>
        <div className="field-row field-row-3">
          <TriStateSelect name={`${SERVER}.monitor.trace`} label="Trace (trace)" />
          <TriStateSelect name={`${SERVER}.monitor.debug`} label="Debug (debug)" />
          <TriStateSelect name={`${SERVER}.monitor.logTime`} label="Log time (logTime)" />
        </div>
        <div className="field-row">
          <TextField
            name={`${SERVER}.monitor.logFile`}
            label="Log file (logFile)"
            placeholder="Standard output"
          />
          <NumberField
            name={`${SERVER}.monitor.logSizeLimit`}
            label="Log size limit (logSizeLimit)"
            unit="bytes"
          />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Retention (retention)</legend>
        <div className="field-row field-row-3">
          <NumberField name={`${SERVER}.retention.maxAge`} label="Max age (maxAge)" unit="minutes" />
          <NumberField name={`${SERVER}.retention.maxBytes`} label="Max bytes (maxBytes)" unit="bytes" />
          <NumberField name={`${SERVER}.retention.maxMsgs`} label="Max messages (maxMsgs)" />
        </div>
      </fieldset>
    </>
  );
}
