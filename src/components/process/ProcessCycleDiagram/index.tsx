import {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {lastPhase, LOOP_BACK_TO, PHASES, type PhaseId} from '@site/src/data/process';
import {numberedPhaseTitle, PHASE_TEXT} from '@site/src/data/processText';
import styles from './styles.module.css';

// Four boxes clockwise on a 2×2 grid (1 top left, 2 top right, 3 bottom right, 4 bottom
// left), with the loop from phase 4 back into planning drawn underneath.
const BOX = {width: 250, height: 78};
const POSITIONS: Readonly<Record<PhaseId, {x: number; y: number}>> = {
  prepare: {x: 20, y: 20},
  assess: {x: 370, y: 20},
  plan: {x: 370, y: 190},
  'monitor-improve': {x: 20, y: 190},
};

/** Splits a title into at most two lines so the longest phase names fit their box. */
function titleLines(title: string): string[] {
  if (title.length <= 16) {
    return [title];
  }
  const words = title.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

/** The process as a picture: the order of the phases and the loop back into planning. */
export default function ProcessCycleDiagram(): ReactNode {
  const titleId = useId();
  const descriptionId = useId();
  const arrowId = useId().replace(/:/g, '');
  const title = translate({
    id: 'processCycle.title',
    message: 'Sơ đồ quy trình triển khai AI CoE',
    description: 'Accessible title of the process diagram',
  });
  const description = translate(
    {
      id: 'processCycle.description',
      message:
        'Bốn giai đoạn nối tiếp nhau: {sequence}. Sau {last}, những gì học được quay lại giai đoạn {loop} để bắt đầu vòng cải tiến tiếp theo.',
      description: 'Accessible description of the process diagram',
    },
    {
      sequence: PHASES.map((phase) => numberedPhaseTitle(phase.id)).join(', '),
      last: PHASE_TEXT[lastPhase().id].title,
      loop: PHASE_TEXT[LOOP_BACK_TO].title,
    },
  );
  const loopLabel = translate({
    id: 'processCycle.loopLabel',
    message: 'Vòng cải tiến liên tục',
    description: 'Label on the arrow from the last phase back to planning',
  });

  const centre = (id: PhaseId) => {
    const {x, y} = POSITIONS[id];
    return {x: x + BOX.width / 2, y: y + BOX.height / 2};
  };
  const first = POSITIONS.prepare;
  const second = POSITIONS.assess;
  const third = POSITIONS.plan;
  const fourth = POSITIONS['monitor-improve'];

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.diagram}
        viewBox="0 0 640 360"
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
          </marker>
        </defs>
        {/* 1 → 2, 2 → 3, 3 → 4 */}
        <line
          className={styles.arrow}
          x1={first.x + BOX.width}
          y1={centre('prepare').y}
          x2={second.x - 6}
          y2={centre('assess').y}
          markerEnd={`url(#${arrowId})`}
        />
        <line
          className={styles.arrow}
          x1={centre('assess').x}
          y1={second.y + BOX.height}
          x2={centre('plan').x}
          y2={third.y - 6}
          markerEnd={`url(#${arrowId})`}
        />
        <line
          className={styles.arrow}
          x1={third.x}
          y1={centre('plan').y}
          x2={fourth.x + BOX.width + 6}
          y2={centre('monitor-improve').y}
          markerEnd={`url(#${arrowId})`}
        />
        {/* 4 → back into planning, drawn below the boxes */}
        <path
          className={styles.loop}
          d={`M ${centre('monitor-improve').x} ${fourth.y + BOX.height} C ${centre('monitor-improve').x} 350, ${centre('plan').x} 350, ${centre('plan').x} ${third.y + BOX.height + 6}`}
          markerEnd={`url(#${arrowId})`}
        />
        <text className={styles.loopLabel} x="320" y="306" textAnchor="middle">
          {loopLabel}
        </text>
        {PHASES.map((phase) => {
          const {x, y} = POSITIONS[phase.id];
          const lines = titleLines(numberedPhaseTitle(phase.id));
          return (
            <g key={phase.id}>
              <rect
                className={styles.box}
                x={x}
                y={y}
                width={BOX.width}
                height={BOX.height}
                rx="12"
              />
              <text className={styles.label} x={x + BOX.width / 2} textAnchor="middle">
                {lines.map((line, lineIndex) => (
                  <tspan
                    key={line}
                    x={x + BOX.width / 2}
                    y={y + BOX.height / 2 + 8 + (lineIndex - (lines.length - 1) / 2) * 26}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
