/**
 * The key a settings group's Helm legend is kept under in helmFieldHelp's map (fieldHelp.ts), by
 * the legend's operator text. A module of its own, so the form's legends read it without loading
 * the chart's facts.
 */
export const legendKey = (operatorLegend: string) => `legend:${operatorLegend}`;
