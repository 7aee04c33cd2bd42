import { defaultTheme, type RaThemeOptions } from 'react-admin';

const tableCell = defaultTheme.components?.MuiTableCell;

/**
 * react-admin's default theme, with the rules every screen shares: table headers stay on one line (a Chinese header
 * such as 申请类型 must not break between its characters).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    MuiTableCell: {
      ...tableCell,
      styleOverrides: {
        ...(tableCell?.styleOverrides as object | undefined),
        head: { whiteSpace: 'nowrap', wordBreak: 'keep-all' },
      },
    },
  },
};
