import { Tooltip } from '@mui/material';
import { GridEditInputCell, type GridRenderEditCellParams } from '@mui/x-data-grid';
import { useTranslate } from 'react-admin';
import { usccProblem } from './usccValidation';

/** The code's input in a grid row, with the reason it is not a valid code shown while it is not. */
export const UsccEditCell = (params: GridRenderEditCellParams) => {
  const translate = useTranslate();
  const problem = usccProblem(String(params.value ?? ''));
  return (
    <Tooltip open={!!problem} title={problem ? translate(problem) : ''} placement="bottom-start">
      <GridEditInputCell {...params} />
    </Tooltip>
  );
};
