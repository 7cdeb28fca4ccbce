/**
 * Text whose words wrap only as wholes: a host name such as `kafka-0.example:9092` does not break at
 * its hyphen or mid-word. A word wider than the line by itself still breaks (see `.whole-word`).
 */
export function WholeWords({ text }: { text: string }) {
  const words = text.split(' ');
  return words.map((word, i) => (
    <span key={i}>
      <span className="whole-word">{word}</span>
      {i < words.length - 1 ? ' ' : null}
    </span>
  ));
}
