// Draws a chart whose geometry the core computed, as React SVG elements: no
// coordinate is computed here and no markup string is ever injected, so any
// label (a department's name, say) is escaped by React like all other text.
// Series are told apart by dash pattern and marker as well as by colour.
import type { Chart, ChartShape } from '../api';
import { t } from '../i18n';

function cls(shape: ChartShape): string {
  const series = shape.series === null ? '' : ` series-${shape.series % 8}`;
  return `chart__${shape.role}${series}`;
}

function pts(points: [number, number][]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

function Shape({ shape }: { shape: ChartShape }) {
  switch (shape.type) {
    case 'polygon':
      return <polygon className={cls(shape)} points={pts(shape.points)} />;
    case 'polyline':
      return <polyline className={cls(shape)} points={pts(shape.points)} />;
    case 'line':
      return <line className={cls(shape)} x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} />;
    case 'circle':
      return <circle className={cls(shape)} cx={shape.cx} cy={shape.cy} r={shape.r} />;
    case 'rect':
      return <rect className={cls(shape)} x={shape.x} y={shape.y} width={shape.width} height={shape.height} />;
    case 'text':
      return (
        <text className={cls(shape)} x={shape.x} y={shape.y} textAnchor={shape.anchor}>
          {shape.text}
        </text>
      );
  }
}

export function ChartSvg({ chart, label, description }: { chart: Chart; label: string; description: string }) {
  const titleId = `chart-${label.replace(/\W+/g, '-')}`;
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={`${titleId}-t ${titleId}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${titleId}-t`}>{label}</title>
        <desc id={`${titleId}-d`}>{description}</desc>
        {chart.shapes.map((s, i) => (
          <Shape key={i} shape={s} />
        ))}
      </svg>
      {chart.series.length > 0 && (
        <figcaption>
          <span className="visually-hidden">{t('res.legend')}: </span>
          <ul className="legend">
            {chart.series.map((s, i) => (
              <li key={i}>
                <svg width="36" height="14" aria-hidden="true" focusable="false">
                  <line className={`legend__swatch chart__${s.role} series-${i % 8}`} x1="2" y1="7" x2="34" y2="7" />
                </svg>
                {s.name}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
