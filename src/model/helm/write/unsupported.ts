/**
 * What the chart cannot express, by form field (a value path joined by dots), in two modules with
 * no import: the wizard's first step shows the API version's reason (fields/ChartLimit.tsx), and the
 * settings' reasons (unsupportedSettings.ts) load with the settings step. Importing them from
 * places.ts would bring the chart's facts and schema into the page's first load.
 */
export const HELM_UNSUPPORTED_DEPLOYMENT = {
  apiVersion: 'Helm installs no Milvus resource, so there is no API version to choose.',
} as const satisfies Readonly<Record<string, string>>;
