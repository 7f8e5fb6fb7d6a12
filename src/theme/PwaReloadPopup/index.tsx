/// <reference types="@docusaurus/plugin-pwa" />
import {type ReactNode, useState} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import IconClose from '@theme/Icon/Close';
import type {Props} from '@theme/PwaReloadPopup';
import styles from './styles.module.css';

/**
 * The notice that a newer version of the guide is ready, with a button that reloads into it
 * (src/plugins/offline/registerServiceWorker.ts shows it). Ejected from @docusaurus/plugin-pwa
 * (MIT): the reload is a real button, the close button meets the 24 px target size of WCAG
 * 2.2, and the words are the site's own, Vietnamese first.
 */
export default function PwaReloadPopup({onReload}: Props): ReactNode {
  const [isVisible, setIsVisible] = useState(true);
  if (!isVisible) return null;
  return (
    <div className={clsx('alert', 'alert--secondary', styles.popup)}>
      <p className={styles.info}>
        <Translate
          id="pwa.reload.info"
          description="Notice that a newer version of the site is ready"
        >
          Đã có phiên bản mới của cẩm nang.
        </Translate>
      </p>
      <div className={styles.actions}>
        <button
          className="button button--primary button--sm"
          type="button"
          onClick={() => {
            setIsVisible(false);
            onReload();
          }}
        >
          <Translate
            id="pwa.reload.button"
            description="Button that reloads the page into the new version"
          >
            Tải lại
          </Translate>
        </button>
        <button
          aria-label={translate({
            id: 'pwa.reload.close',
            message: 'Đóng thông báo',
            description: 'Accessible name of the button that closes the new-version notice',
          })}
          className={clsx('clean-btn', styles.close)}
          type="button"
          onClick={() => setIsVisible(false)}
        >
          <IconClose width={14} height={14} aria-hidden="true" />
        </button>
      </div>
    </div>
  );
}
