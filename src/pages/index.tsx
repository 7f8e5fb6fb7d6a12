import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import HandbookDownload from '@site/src/components/page/HandbookDownload';
import ProcessCycleDiagram from '@site/src/components/process/ProcessCycleDiagram';
import {lastPhase, LOOP_BACK_TO, PHASES, PROCESS_OVERVIEW_PATH} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';
import styles from './index.module.css';

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          <Translate id="home.hero.title" description="Main heading of the home page">
            Thành lập Trung tâm Xuất sắc về AI cho doanh nghiệp của bạn
          </Translate>
        </Heading>
        <p className={styles.heroLead}>
          <Translate id="home.hero.lead" description="Lead paragraph under the home page heading">
            Cẩm nang thực hành cho lãnh đạo công nghệ, đổi mới sáng tạo và các phòng ban: bốn giai
            đoạn để đi từ ý tưởng đến một AI CoE vận hành, tạo ra giá trị và được quản trị chặt chẽ.
          </Translate>
        </p>
        <div className={styles.heroActions}>
          <Link className="button button--secondary button--lg" to={PROCESS_OVERVIEW_PATH}>
            <Translate
              id="home.hero.primaryAction"
              description="Main call to action on the home page"
            >
              Xem tổng quan quy trình
            </Translate>
          </Link>
          <Link
            className={`button button--outline button--lg ${styles.heroSecondary}`}
            to="/gioi-thieu"
          >
            <Translate
              id="home.hero.secondaryAction"
              description="Second call to action on the home page"
            >
              Đọc phần giới thiệu
            </Translate>
          </Link>
        </div>
        <HandbookDownload />
      </div>
    </header>
  );
}

function PhaseOverview(): ReactNode {
  return (
    <section className="container margin-vert--xl" aria-labelledby="home-phases">
      <Heading as="h2" id="home-phases">
        <Translate
          id="home.phases.heading"
          description="Heading of the four phases on the home page"
        >
          Bốn giai đoạn triển khai AI CoE
        </Translate>
      </Heading>
      <ol className={styles.phaseList}>
        {PHASES.map((phase, index) => (
          <li key={phase.id} className={styles.phaseItem}>
            <span className={styles.phaseNumber} aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <Heading as="h3" className={styles.phaseTitle}>
                <Link to={phase.path}>{PHASE_TEXT[phase.id].title}</Link>
              </Heading>
              <p className={styles.phaseSummary}>{PHASE_TEXT[phase.id].summary}</p>
            </div>
          </li>
        ))}
      </ol>
      <p>
        <Translate
          id="home.phases.loop"
          description="Sentence under the phases on the home page explaining the loop; {last} and {loop} are phase names"
          values={{
            last: PHASE_TEXT[lastPhase().id].title,
            loop: PHASE_TEXT[LOOP_BACK_TO].title,
          }}
        >
          {
            'Giai đoạn {last} đưa những gì học được quay lại giai đoạn {loop}, để chiến lược AI luôn bám sát thực tế của doanh nghiệp.'
          }
        </Translate>
      </p>
      <ProcessCycleDiagram />
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'home.meta.title',
        message: 'Cẩm nang thành lập AI CoE',
        description: 'Title of the home page in the browser tab',
      })}
      description={translate(
        {
          id: 'home.meta.description',
          message:
            'Hướng dẫn thực hành thành lập Trung tâm Xuất sắc về AI (AI CoE) trong doanh nghiệp: {phases}.',
          description: 'Meta description of the home page; {phases} is the list of phase names',
        },
        {phases: PHASES.map((phase) => PHASE_TEXT[phase.id].title).join(', ')},
      )}
    >
      {/* The hero sits inside main so "skip to content" lands before its calls to action. */}
      <main>
        <Hero />
        <PhaseOverview />
      </main>
    </Layout>
  );
}
