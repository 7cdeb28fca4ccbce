export interface SelectOption {
  value: string;
  label: string;
}

/** Options whose label is the value itself (the operator's own words). */
export const enumOptions = (values: readonly string[]): SelectOption[] =>
  values.map((v) => ({ value: v, label: v }));
