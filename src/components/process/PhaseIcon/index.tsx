import type {ReactNode} from 'react';
import type {PhaseIconName} from '@site/src/data/process';
import styles from './styles.module.css';

// Simple line pictograms drawn for this site, 24×24, coloured by the surrounding text.
const PATHS: Readonly<Record<PhaseIconName, ReactNode>> = {
  foundation: (
    <>
      <path d="M3 20h18" />
      <path d="M5 20V10l7-6 7 6v10" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
  magnifier: (
    <>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5.5 5.5" />
      <path d="M8 10.5h5" />
    </>
  ),
  route: (
    <>
      <circle cx="5.5" cy="18.5" r="2" />
      <circle cx="18.5" cy="5.5" r="2" />
      <path d="M7.5 18.5h7a3.5 3.5 0 0 0 0-7h-5a3.5 3.5 0 0 1 0-7h7" />
    </>
  ),
  gauge: (
    <>
      <path d="M3.5 17a9 9 0 1 1 17 0" />
      <path d="m12 14 4-5" />
      <circle cx="12" cy="14" r="1.5" />
    </>
  ),
};

/** A decorative pictogram for a phase; the phase's name is always written beside it. */
export default function PhaseIcon({
  name,
  className,
}: {
  name: PhaseIconName;
  className?: string;
}): ReactNode {
  return (
    <svg
      className={className ?? styles.icon}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[name]}
    </svg>
  );
}
