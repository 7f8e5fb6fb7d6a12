import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {formatDay} from '@site/src/utils/formatDay';
import styles from './styles.module.css';

interface Props {
  /** The day the page's statements about the law were last checked against the texts, YYYY-MM-DD. */
  readonly date: string;
  /** BCP 47 language of the page, which decides how the date is written. */
  readonly locale: string;
}

/** Says up to which day the page's statements about Vietnamese law were checked. */
export default function LegalStatusNotice({date, locale}: Props): ReactNode {
  return (
    <p className={styles.status}>
      <Translate
        id="legalStatus.asOf"
        description="Line above a page that states law: the day its legal statements were last checked"
        values={{
          date: <time dateTime={date}>{formatDay(date, locale)}</time>,
        }}
      >
        {
          'Tình trạng pháp lý tính đến {date}: các nhận định về pháp luật trên trang này đã được đối chiếu với văn bản gốc đến ngày đó.'
        }
      </Translate>
    </p>
  );
}
