import { HELM_UNSUPPORTED_SETTINGS } from '../../../../model/helm/write/unsupportedSettings.ts';
import { chartLimitFor } from '../../fields/ChartLimit.tsx';

/** The settings step's fields the chart cannot hold (fields/ChartLimit.tsx). */
export const ChartLimit = chartLimitFor(HELM_UNSUPPORTED_SETTINGS);
