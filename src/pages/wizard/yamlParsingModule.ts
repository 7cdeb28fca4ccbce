// Everything of the wizard that reads or writes YAML text, in one chunk that loads on demand (see
// yamlParsing.ts): the yaml library is about 34 KB gzip, and the app's first paint does without
// it. Import this module only through loadParsing().
export { generateYaml } from '../../model/operator/write/generate.ts';
export { importManifest } from '../../model/operator/wizard/import.ts';
export { generateOrMerge, mergeIntoManifest, refreshHeadlineText } from '../../model/operator/write/merge.ts';
export { textHasSecrets, withoutSecretValues } from '../../model/wizard/secretText.ts';
export { helmInstallInputs, helmOutput } from '../../model/helm/write/helmOutput.ts';
export { helmFieldHelp } from '../../model/helm/write/fieldHelp.ts';
export { importHelmValues } from '../../model/helm/wizard/importValues.ts';
export { keptKeys, mergeHelmValues } from '../../model/helm/write/mergeValues.ts';
