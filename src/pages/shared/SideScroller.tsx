// A region that scrolls sideways when its content (a wide table) is wider than the screen, with a
// cue at each edge beyond which more lies: a shadow, drawn by sideScroller.css. This component only
// says which edges have more (data-more-start, data-more-end), from the scroll position and sizes.
// Focusable with a name, so keyboard users can reach it and scroll it with the arrow keys.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './sideScroller.css';

interface SideScrollerProps {
  /** The region's accessible name ("Measured data, scrollable"). */
  label: string;
  /** Class of the scrolling element, for its own padding and focus style. */
  className: string;
  children: ReactNode;
}

/** Less than a pixel of overflow is rounding (zoom, fractional widths), not more content. */
const SLACK = 1;

export function SideScroller({ label, className, children }: SideScrollerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ start: false, end: false });

  useLayoutEffect(() => {
    const scroller = ref.current;
    if (!scroller) return;
    const update = () => {
      const hidden = scroller.scrollWidth - scroller.clientWidth;
      const left = Math.abs(scroller.scrollLeft);
      const start = left > SLACK;
      const end = hidden - left > SLACK;
      setMore((was) => (was.start === start && was.end === end ? was : { start, end }));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    // The sizes change with the window, the font and the content (a row badge, a wrapped header).
    const resized = new ResizeObserver(update);
    resized.observe(scroller);
    for (const child of Array.from(scroller.children)) resized.observe(child);
    return () => {
      scroller.removeEventListener('scroll', update);
      resized.disconnect();
    };
  }, []);

  return (
    <div
      className="side-scroller"
      data-more-start={more.start || undefined}
      data-more-end={more.end || undefined}
    >
      <div ref={ref} className={className} tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </div>
  );
}
