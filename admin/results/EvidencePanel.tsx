import { useRef, useState } from 'react';
import { Box, Button, Card, CardContent, CardMedia, Link, Stack, Typography } from '@mui/material';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Form, SelectInput, TextInput, BooleanInput, required, useDataProvider, useGetList, useTranslate, type Identifier } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { evidenceFileUrl } from '../providers/resultMethods';
import { COLLECTION_CHOICES, EVIDENCE_KIND_CHOICES } from './choices';
import { useActionNotify } from '../common/useActionNotify';
import { fieldErrors } from '../common/actionSubmit';
import type { Evidence } from '../records';

const FIELDS = ['kind', 'collection', 'description', 'copyVerified', 'sealedByEntity', 'thirdPartyConfirmed'];
const ACCEPT = 'image/jpeg,image/png,application/pdf,video/mp4,audio/mpeg,audio/mp4,.docx,.xlsx';

/** One stored file: an image shows itself, a PDF opens inline, anything else downloads. */
const FilePreview = ({ e, n, name, mime }: { e: Evidence; n: number; name: string; mime: string }) =>
  mime.startsWith('image/') ? (
    <CardMedia component="img" image={evidenceFileUrl(e.id, n, true)} alt={name} sx={{ height: 120, objectFit: 'cover', borderRadius: 1 }} />
  ) : (
    <Link href={evidenceFileUrl(e.id, n, mime === 'application/pdf')} target="_blank" rel="noopener">
      {name}
    </Link>
  );

/**
 * 证据 (§11): what is attached, with previews, and the upload — a file, or a photo taken with the phone's camera
 * (`accept="image/*" capture`). Kind, how collected (§11.2) and the §11.3 checks go with each upload.
 */
export const EvidencePanel = ({ resultId, editable }: { resultId: Identifier; editable: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const { data = [], refetch } = useGetList<Evidence>('evidence', {
    filter: { resultId },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const [files, setFiles] = useState<File[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const pick = (list: FileList | null) => setFiles((f) => [...f, ...Array.from(list ?? [])]);

  const submit = async (values: Record<string, unknown>) => {
    if (!files.length) {
      notify('qd.results.evidence.no_files', { type: 'error' });
      return undefined;
    }
    const form = new FormData();
    // Only the evidence's own fields: the form sits in the result's record context.
    for (const k of FIELDS) if (values[k] !== undefined && values[k] !== null) form.set(k, String(values[k]));
    for (const f of files) form.append('files', f, f.name);
    try {
      await dataProvider.uploadEvidence(resultId, form);
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors && !errors.files) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    setFiles([]);
    notify('qd.results.evidence.uploaded', { type: 'success' });
    await refetch();
    return undefined;
  };

  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      {data.length === 0 && <Typography color="text.secondary">{translate('qd.results.evidence.none')}</Typography>}
      {data.map((e) => (
        <Card key={e.id} variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">
              {translate(`qd.results.evidenceKinds.${e.kind}`)} · {translate(`qd.results.collection.${e.collection}`)}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {e.description}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 7.5rem), 1fr))', gap: 1 }}>
              {e.files.map((f) => (
                <FilePreview key={f.n} e={e} {...f} />
              ))}
            </Box>
          </CardContent>
        </Card>
      ))}
      {editable && (
        <Card variant="outlined">
          <CardContent>
            <Form onSubmit={submit as never} record={{}} defaultValues={{ kind: 'documentary', collection: 'onsite' }}>
              <SelectInput source="kind" choices={EVIDENCE_KIND_CHOICES} label="resources.evidence.fields.kind" validate={required()} fullWidth />
              <SelectInput source="collection" choices={COLLECTION_CHOICES} label="resources.evidence.fields.collection" validate={required()} fullWidth />
              <TextInput source="description" label="resources.evidence.fields.description" validate={required()} multiline fullWidth />
              <BooleanInput source="copyVerified" label="resources.evidence.fields.copyVerified" />
              <BooleanInput source="sealedByEntity" label="resources.evidence.fields.sealedByEntity" />
              <BooleanInput source="thirdPartyConfirmed" label="resources.evidence.fields.thirdPartyConfirmed" />
              <input
                ref={cameraInput}
                type="file"
                accept="image/*"
                capture="environment"
                hidden
                data-testid="evidence-camera"
                onChange={(e) => pick(e.target.files)}
              />
              <input ref={fileInput} type="file" accept={ACCEPT} multiple hidden data-testid="evidence-files" onChange={(e) => pick(e.target.files)} />
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }}>
                <Button variant="outlined" startIcon={<PhotoCameraIcon />} onClick={() => cameraInput.current?.click()}>
                  {translate('qd.results.evidence.camera')}
                </Button>
                <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => fileInput.current?.click()}>
                  {translate('qd.results.evidence.choose')}
                </Button>
              </Stack>
              {files.map((f, i) => (
                <Typography key={i} variant="body2">
                  {f.name} · {Math.ceil(f.size / 1024)} KB
                </Typography>
              ))}
              <Button type="submit" variant="contained" sx={{ mt: 1 }}>
                {translate('qd.results.evidence.upload')}
              </Button>
            </Form>
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};
