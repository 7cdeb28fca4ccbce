/** Where an example comes from: quoted from the Milvus docs (mistakes kept), or written here as a model. */
export type ExampleOrigin = 'docs' | 'good';

export interface ManifestExample {
  /** Stable id, used as the value of the examples menu. */
  id: string;
  /** Short label for the examples menu. */
  title: string;
  origin: ExampleOrigin;
  /** One sentence: what the example shows (for docs examples, what is wrong with it). */
  summary: string;
  yaml: string;
}
