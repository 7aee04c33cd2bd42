import ClearIcon from '@mui/icons-material/Clear';
import DoneIcon from '@mui/icons-material/Done';
import type { SvgIconProps } from '@mui/material';

/*
 * react-admin's BooleanField names its icon 是 / 否 (its tooltip's aria-label), but MUI hides an icon that has no
 * title from screen readers (aria-hidden), so the value was silent. The same icons, as images with that name.
 */
export const YesIcon = (props: SvgIconProps) => <DoneIcon {...props} role="img" aria-hidden={false} />;
export const NoIcon = (props: SvgIconProps) => <ClearIcon {...props} role="img" aria-hidden={false} />;
