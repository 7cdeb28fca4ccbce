import { useId, useState } from 'react';
import {
  DOCS_EXAMPLES,
  GOOD_EXAMPLES,
  exampleById,
  type ManifestExample,
} from '../../model/examples/index.ts';

interface ExamplesMenuProps {
  onLoad: (example: ManifestExample) => void;
}

/**
 * A menu of example manifests. Choosing one in the list only selects it: arrow keys on a closed
 * select change its value at once, so loading on change would replace the text at the first key
 * press. The example loads on an explicit choice: the Load button, or Enter in the list.
 */
export function ExamplesMenu({ onLoad }: ExamplesMenuProps) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const load = (id: string) => {
    const example = exampleById(id);
    if (example) onLoad(example);
  };
  return (
    <div className="check-examples">
      <label htmlFor={id}>Load an example</label>
      <select
        id={id}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The element's value: an Enter that also closes the open list comes before the re-render.
            load(e.currentTarget.value);
          }
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
      <button type="button" className="check-button check-button-small" disabled={chosen === ''} onClick={() => load(chosen)}>
        Load
      </button>
    </div>
  );
}
