import type {ReactNode} from 'react';
import {MATURITY_LEVELS, type DimensionId, type MaturityLevel} from '@site/src/data/assessment';
import {DIMENSION_TEXT} from '@site/src/data/assessmentText';
import styles from './styles.module.css';

export interface RadarPoint {
  readonly dimension: DimensionId;
  /** 1 to 4, or null when the dimension has no answer yet (drawn at the centre). */
  readonly score: number | null;
  readonly target: MaturityLevel | null;
}

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 110;
const TOP = MATURITY_LEVELS.length;

function at(index: number, count: number, value: number): [number, number] {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const distance = (RADIUS * value) / TOP;
  return [CENTRE + distance * Math.cos(angle), CENTRE + distance * Math.sin(angle)];
}

const polygon = (values: readonly number[]): string =>
  values
    .map((value, index) =>
      at(index, values.length, value)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

/**
 * The dimensions' scores on a radar: the current state as a solid shape, the target as a
 * dashed one (told apart by line, not colour). The figures are in the results table beside it,
 * which is the chart's text alternative.
 */
export default function RadarChart({
  points,
  label,
}: {
  points: readonly RadarPoint[];
  label: string;
}): ReactNode {
  const count = points.length;
  const hasTarget = points.some((point) => point.target !== null);
  return (
    <svg className={styles.radar} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label}>
      {MATURITY_LEVELS.map((level) => (
        <polygon
          key={level}
          className={styles.radarGrid}
          points={polygon(points.map(() => level))}
        />
      ))}
      {points.map((point, index) => {
        const [x, y] = at(index, count, TOP);
        const [lx, ly] = at(index, count, TOP + 0.55);
        return (
          <g key={point.dimension}>
            <line className={styles.radarGrid} x1={CENTRE} y1={CENTRE} x2={x} y2={y} />
            <text
              className={styles.radarLabel}
              x={lx}
              y={ly}
              textAnchor={Math.abs(lx - CENTRE) < 5 ? 'middle' : lx > CENTRE ? 'start' : 'end'}
              dominantBaseline="middle"
            >
              {DIMENSION_TEXT[point.dimension].name}
            </text>
          </g>
        );
      })}
      {hasTarget && (
        <polygon
          className={styles.radarTarget}
          data-series="target"
          points={polygon(points.map((point) => point.target ?? 0))}
        />
      )}
      <polygon
        className={styles.radarCurrent}
        data-series="current"
        points={polygon(points.map((point) => point.score ?? 0))}
      />
    </svg>
  );
}
