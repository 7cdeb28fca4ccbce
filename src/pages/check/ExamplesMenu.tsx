import { useId } from 'react';
import {
  DOCS_EXAMPLES,
  GOOD_EXAMPLES,
  exampleById,
  type ManifestExample,
} from '../../model/examples/index.ts';

interface ExamplesMenuProps {
  onLoad: (example: ManifestExample) => void;
}

/** A menu of example manifests; choosing one loads it (the menu then returns to its prompt). */
export function ExamplesMenu({ onLoad }: ExamplesMenuProps) {
  const id = useId();
  return (
    <div className="check-examples">
      <label htmlFor={id}>Load an example</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const example = exampleById(e.target.value);
          if (example) onLoad(example);
        }}
      >
        <option value="">Choose…</option>
        <optgroup label="From the Milvus docs, as published">
          {DOCS_EXAMPLES.map((e) => (
            <option key={e.id} value={e.id} title={e.summary}>
              {e.title}
            </option>
          ))}
        </optgroup>
        <optgroup label="Correct manifests">
          {GOOD_EXAMPLES.map((e) => (
            <option key={e.id} value={e.id} title={e.summary}>
              {e.title}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
