import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { Choice } from './libraryChoices';

/** An array of codes (an item's methods, its entity types) as chips named through `choices`. */
export const ChoicesArrayField = ({ choices, ...props }: FieldProps & { choices: Choice[] }) => {
  const value = useFieldValue(props) as string[] | undefined;
  const translate = useTranslate();
  if (!value?.length) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {value.map((id) => (
        <Chip key={id} size="small" label={translate(choices.find((c) => c.id === id)?.name ?? id, { _: id })} />
      ))}
    </Stack>
  );
};
