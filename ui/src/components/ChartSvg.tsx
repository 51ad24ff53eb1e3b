// Draws a chart whose geometry the core computed, as React SVG elements: no
// coordinate is computed here and no markup string is ever injected, so any
// label (a department's name, say) is escaped by React like all other text.
// Colours, dashes and sizes are the core's, set as SVG presentation
// attributes (no inline style), so screen and PDF show the same picture;
// only a label that would come out too small to read is drawn larger
// (logic/chartText.ts). The chart is named by its visible caption, not by an
// SVG <title>: a title is also a native tooltip, which a web view can leave
// standing over the next screen.
import { useEffect, useRef, useState } from 'react';
import type { Chart, Point, Shape } from '../api';
import { usePreferences } from '../hooks/preferences';
import { MIN_LABEL_PX, MIN_LABEL_PX_PRESENTING, labelSize } from '../logic/chartText';

function pts(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

function ShapeEl({ s, pxPerUnit, minPx }: { s: Shape; pxPerUnit: number; minPx: number }) {
  switch (s.shape) {
    case 'line':
      return (
        <line
          x1={s.from.x}
          y1={s.from.y}
          x2={s.to.x}
          y2={s.to.y}
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
          strokeDasharray={s.dashed ? `${s.strokeWidth * 3} ${s.strokeWidth * 2}` : undefined}
        />
      );
    case 'path': {
      const common = {
        points: pts(s.points),
        stroke: s.stroke ?? 'none',
        strokeWidth: s.strokeWidth,
        fill: s.fill ?? 'none',
        fillOpacity: s.fill ? s.fillOpacity : undefined,
        strokeDasharray: s.dashed ? `${s.strokeWidth * 3} ${s.strokeWidth * 2}` : undefined,
        strokeLinejoin: 'round' as const,
      };
      return s.closed ? <polygon {...common} /> : <polyline {...common} />;
    }
    case 'rect':
      return (
        <rect
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          fill={s.fill ?? 'none'}
          stroke={s.stroke ?? undefined}
          strokeWidth={s.stroke ? s.strokeWidth : undefined}
        />
      );
    case 'text':
      return (
        <text
          x={s.at.x}
          y={s.at.y}
          fontSize={labelSize(s.size, pxPerUnit, minPx)}
          textAnchor={s.anchor}
          fontWeight={s.bold ? 700 : 400}
          fill={s.fill}
          transform={s.rotate !== 0 ? `rotate(${-s.rotate} ${s.at.x} ${s.at.y})` : undefined}
          className="chart__text"
        >
          {s.text}
        </text>
      );
  }
}

/** CSS pixels per chart unit as the chart is drawn now (0 before it is laid out). */
function usePxPerUnit(ref: React.RefObject<SVGSVGElement | null>, chart: Chart): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const measure = () => {
      // With preserveAspectRatio "meet" the tighter of the two directions wins.
      const w = svg.clientWidth / chart.width;
      const h = svg.clientHeight / chart.height;
      setScale(Math.min(w, h));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, chart.width, chart.height]);
  return scale;
}

export function ChartSvg({ chart, id }: { chart: Chart; id: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const pxPerUnit = usePxPerUnit(ref, chart);
  const { presenter } = usePreferences();
  const minPx = presenter ? MIN_LABEL_PX_PRESENTING : MIN_LABEL_PX;
  return (
    <figure className="chart">
      <svg
        ref={ref}
        className="chart__svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        {chart.shapes.map((s, i) => (
          <ShapeEl key={i} s={s} pxPerUnit={pxPerUnit} minPx={minPx} />
        ))}
      </svg>
      <figcaption className="chart__caption">
        <strong id={`${id}-t`}>{chart.title}</strong>
        <span id={`${id}-d`} className="muted block small">
          {chart.description}
        </span>
      </figcaption>
    </figure>
  );
}
