// Shown while the worker checks the text: how much it is checking and for how long, so a large
// manifest on a slow machine reads as work in progress, never as a failure.
import { useEffect, useState } from 'react';

function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export function CheckProgress({ text }: { text: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [text]);
  const lines = lineCount(text).toLocaleString('en');
  return (
    <div className="check-progress">
      <progress aria-label={`Checking ${lines} lines`} />
      <span>
        Checking {lines} lines{seconds >= 1 ? ` (${seconds} s)` : ''}…
      </span>
    </div>
  );
}
