export function DecisionPage() {
  return <h1>Decision</h1>;
}
