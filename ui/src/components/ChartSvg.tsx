// Draws a chart whose geometry the core computed, as React SVG elements: no
// coordinate is computed here and no markup string is ever injected, so any
// label (a department's name, say) is escaped by React like all other text.
// Colours, dashes and sizes are the core's, set as SVG presentation
// attributes (no inline style), so screen and PDF show the same picture.
import type { Chart, Point, Shape } from '../api';

function pts(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

function ShapeEl({ s }: { s: Shape }) {
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
          fontSize={s.size}
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

export function ChartSvg({ chart, id }: { chart: Chart; id: string }) {
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-t`}>{chart.title}</title>
        <desc id={`${id}-d`}>{chart.description}</desc>
        {chart.shapes.map((s, i) => (
          <ShapeEl key={i} s={s} />
        ))}
      </svg>
      <figcaption className="chart__caption">
        <strong>{chart.title}</strong>
        <span className="muted block small">{chart.description}</span>
      </figcaption>
    </figure>
  );
}
