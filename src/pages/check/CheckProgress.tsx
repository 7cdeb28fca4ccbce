// Shown while the worker checks the text: how much it is checking, how far it has got (the share
// the worker reports: reading the YAML, then the rules on each document) and for how long, so a
// large manifest on a slow machine reads as work in progress, never as a failure.
import { useEffect, useState } from 'react';

function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** `done`: the share of the check done (0 to 1), or null until the worker first reports it. */
export function CheckProgress({ text, done }: { text: string; done: number | null }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [text]);
  const lines = lineCount(text).toLocaleString('en');
  const percent = done === null ? null : Math.min(99, Math.floor(done * 100));
  return (
    <div className="check-progress">
      {percent === null ? (
        <progress aria-label={`Checking ${lines} lines`} />
      ) : (
        <progress
          aria-label={`Checking ${lines} lines`}
          max={100}
          value={percent}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuetext={`${percent}% checked`}
        />
      )}
      <span>
        Checking {lines} lines{percent === null ? '' : `: ${percent}%`}
        {seconds >= 1 ? ` (${seconds} s)` : ''}…
      </span>
    </div>
  );
}
