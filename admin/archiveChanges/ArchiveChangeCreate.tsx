import { useQuery } from '@tanstack/react-query';
import { Alert, Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  minLength,
  minValue,
  required,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import type { ChangeKind, CorrectableField } from '../../api/domain/archives';
import { CHANGE_KIND_CHOICES, CORRECTABLE_FIELD_CHOICES, DOCUMENT_KIND_CHOICES, RETENTION_CHOICES } from '../archives/choices';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Archive } from '../records';

const archiveText = (a: Archive) => `${a.refNo} ${a.title}`;

/** The document a removal or a replacement names, chosen from the archive's contents. */
const DocumentIndexInput = () => {
  const archiveId = useWatch({ name: 'archiveId' }) as number | undefined;
  const dataProvider = useDataProvider<QdDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['archives', 'contents', archiveId],
    queryFn: () => dataProvider.archiveContents(archiveId!),
    enabled: !!archiveId,
  });
  const choices = (data?.documents ?? []).map((d, i) => ({
    id: i,
    name: `${i + 1}. ${d.title}（${translate(`qd.archives.documentKinds.${d.kind}`)}，${translate('qd.archives.pages', { count: d.pages })}）`,
  }));
  return <SelectInput source="documentIndex" choices={choices} validate={required()} fullWidth />;
};

/** The new document of an addition or a replacement. */
const DocumentInputs = () => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
    <TextInput source="document.title" label="qd.archives.document.title" validate={[required(), minLength(1)]} sx={{ flex: '2 1 240px' }} />
    <SelectInput source="document.kind" label="qd.archives.document.kind" choices={DOCUMENT_KIND_CHOICES} validate={required()} sx={{ flex: '1 1 160px' }} />
    <NumberInput source="document.pages" label="qd.archives.document.pages" validate={[required(), minValue(1)]} step={1} sx={{ flex: '0 1 120px' }} />
  </Box>
);

/** The corrected value, as the field takes it. */
const ValueInput = ({ field }: { field: CorrectableField | undefined }) => {
  if (!field) return null;
  if (field === 'year') return <NumberInput source="value" validate={required()} step={1} />;
  if (field === 'retention') return <SelectInput source="value" choices={RETENTION_CHOICES} validate={required()} />;
  if (field === 'entrusted') return <BooleanInput source="value" />;
  return <TextInput source="value" validate={field === 'entrustedTo' ? undefined : required()} fullWidth />;
};

const KindInputs = () => {
  const kind = useWatch({ name: 'kind' }) as ChangeKind | undefined;
  const field = useWatch({ name: 'field' }) as CorrectableField | undefined;
  return (
    <>
      {(kind === 'removeDocument' || kind === 'replaceDocument') && <DocumentIndexInput />}
      {(kind === 'addDocument' || kind === 'replaceDocument') && <DocumentInputs />}
      {kind === 'correctField' && (
        <>
          <SelectInput source="field" choices={CORRECTABLE_FIELD_CHOICES} validate={required()} />
          <ValueInput field={field} />
        </>
      )}
    </>
  );
};

/** Only the fields of the request's kind go to the server (its schema refuses the rest as not fitting the kind). */
const transform = (v: Record<string, unknown>) => {
  const kind = v.kind as ChangeKind;
  const body: Record<string, unknown> = { archiveId: v.archiveId, kind, content: v.content, reason: v.reason };
  if (kind === 'removeDocument' || kind === 'replaceDocument') body.documentIndex = v.documentIndex;
  if (kind === 'addDocument' || kind === 'replaceDocument') body.document = v.document;
  if (kind === 'correctField') {
    body.field = v.field;
    body.value = v.field === 'entrusted' ? v.value === true : v.field === 'entrustedTo' && !v.value ? null : v.value;
  }
  return body;
};

/**
 * 档案变更申请 (§12.3): archived material is never edited directly. The request says what changes (add / remove /
 * replace a document, correct a field), the content and the reason; the line office's chief approves it.
 */
export const ArchiveChangeCreate = () => {
  const translate = useTranslate();
  return (
    <Create mutationMode="pessimistic" redirect="list" transform={transform} title="qd.archiveChanges.create_title">
      <SimpleForm defaultValues={{ kind: 'addDocument' }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('qd.archives.immutable')}
        </Alert>
        <ReferenceInput source="archiveId" reference="archives">
          <AutocompleteInput optionText={archiveText} filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
        </ReferenceInput>
        <RadioButtonGroupInput source="kind" choices={CHANGE_KIND_CHOICES} validate={required()} />
        <KindInputs />
        <TextInput source="content" validate={[required(), minLength(2)]} multiline minRows={2} fullWidth />
        <TextInput source="reason" validate={[required(), minLength(2)]} multiline minRows={2} fullWidth />
      </SimpleForm>
    </Create>
  );
};
