// A files message of the thread (purpose 'file-manifest'): its note, then each file it attaches.
import { useTranslation } from 'react-i18next';
import type { FilesContent } from '../../../api/index';
import type { CaseFileAccess } from '../services/case-files';
import { FileItem } from './FileItem';

export function FilesMessage(props: { readonly content: FilesContent; readonly sentBy: string; readonly access: CaseFileAccess }) {
  const { t } = useTranslation('prosecutor');
  const { content } = props;
  return (
    <>
      {content.note === undefined ? null : <p className="message-text">{content.note}</p>}
      <p className="files-count">{t('files.attached', { count: content.files.length })}</p>
      <ul className="files">
        {content.files.map((entry) => (
          <FileItem key={entry.fileId} entry={entry} sentBy={props.sentBy} access={props.access} />
        ))}
      </ul>
    </>
  );
}
