// Everything of the wizard that reads YAML text, in one chunk that loads on demand (see
// yamlParsing.ts): yaml's parser and composer are about 34 KB gzip, the app's first load does
// without them. Import this module only through loadParsing().
export { importManifest } from '../../model/import.ts';
export { generateOrMerge, mergeIntoManifest } from '../../model/merge.ts';
export { textHasSecrets } from '../../model/wizard/secretText.ts';
