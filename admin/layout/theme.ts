import { defaultTheme, type RaThemeOptions } from 'react-admin';
import type {} from '@mui/x-data-grid/themeAugmentation';
import { NoIcon, YesIcon } from './yesNoIcons';

const tableCell = defaultTheme.components?.MuiTableCell;
const filledInput = defaultTheme.components?.MuiFilledInput;

/**
 * Colours that meet WCAG 2.1 AA (GB/T 37668-2019) in light mode: every main colour carries white text at ≥ 4.5:1
 * and reads at ≥ 4.5:1 as text on the page's backgrounds (#fff, #fafafb, the #f0f0f0 of filled inputs), so a chip,
 * a button, a link or a label may use any of them either way. react-admin's and MUI's defaults do not (#2196f3 app
 * bar 3.1:1, #1976d2 on #fafafb 4.4:1, warning #ed6c02 3.1:1, info #0288d1 4.0:1).
 */
const palette = {
  primary: { main: '#1565c0', light: '#1e88e5', dark: '#0d47a1', contrastText: '#fff' },
  secondary: { main: '#0d47a1', light: '#1565c0', dark: '#002171', contrastText: '#fff' },
  error: { main: '#c62828', light: '#e53935', dark: '#8e0000', contrastText: '#fff' },
  warning: { main: '#9a4d00', light: '#b45309', dark: '#6d3600', contrastText: '#fff' },
  info: { main: '#01579b', light: '#0277bd', dark: '#002f6c', contrastText: '#fff' },
  success: { main: '#1b5e20', light: '#2e7d32', dark: '#003300', contrastText: '#fff' },
  background: { default: '#fafafb', paper: '#fff' },
} as const;

/** Shown around whatever has the keyboard's focus, on every background (8.3:1 on #fafafb, 3:1 is required). */
const focusRing = { outline: `3px solid ${palette.secondary.main}`, outlineOffset: 2 };

/**
 * react-admin's default theme with accessible colours and type, and the rules every screen shares:
 * - text in rem (the root font size scales all of it, for 适老化 large text), Chinese system fonts first;
 * - a visible focus ring on every control reached by the keyboard (MUI's own is a faint ripple);
 * - a checkbox's `aria-label` names its input, not the span around it (react-admin's row checkboxes pass it so), and
 *   a yes/no field's icon is heard as 是 / 否;
 * - table headers stay on one line (a Chinese header such as 申请类型 must not break between its characters), and a
 *   table's cells keep five characters' width;
 * - a data grid's cells wrap their text and its rows grow to fit it, instead of ending it in an ellipsis (with large
 *   text the pixel-sized columns would otherwise lose the content);
 * - what MUI sizes in pixels, in rem as the text is, so that large text (a 32 px root font, 200 % zoom) keeps its room:
 *   filled inputs' and autocompletes' padding and raised labels, dialog widths, chips, switches, a select's arrow
 *   space, the login card; a dialog scrolls as one where the window is short for its text; chips and list
 *   pagination wrap. (The data grids' pixel column widths are scaled in their components, `useRemScale`.)
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, ...palette },
  typography: {
    ...defaultTheme.typography,
    fontFamily: ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(','),
  },
  // In rem, so that the menu grows with the text instead of cutting its labels short. react-admin types these as
  // pixel numbers but only ever uses them as CSS widths (Sidebar, Menu).
  sidebar: { width: '15rem' as unknown as number, closedWidth: '3.25rem' as unknown as number },
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        root: {
          // react-admin lets the page grow as wide as its widest table (min-width: fit-content), which scrolls the
          // whole page sideways at 200 % zoom; the page keeps the window's width and a table scrolls in its box.
          minWidth: 0,
          // Flex items default to min-width: auto, the width of their widest table: every level down to the
          // view's main box may shrink.
          '& .RaLayout-content, & .RaLayout-content > div, & .RaList-main, & .RaShow-main, & .RaEdit-main, & .RaCreate-main': { minWidth: 0 },
          // The app bar is sticky, in the flow (QdAppBar): it takes the height its text needs, so nothing hides
          // under it when the text is large.
          '& .RaLayout-appFrame': { marginTop: 0 },
          // On a small screen (and at 200 % zoom) react-admin's create button floats over the page's bottom right
          // corner (60 px up, 56 px tall): the page ends below it, so that its last row and pager scroll clear.
          '& .RaLayout-content:has(.RaCreateButton-floating)': { paddingBottom: 'calc(116px + 1rem)' },
        },
      },
    },
    RaAppBar: {
      styleOverrides: {
        root: {
          // With large text the bar's items wrap onto a second row rather than squeezing the title away.
          '& .RaAppBar-toolbar': { flexWrap: 'wrap', rowGap: 4 },
          '& .RaAppBar-toolbar .MuiButton-root': { whiteSpace: 'nowrap' },
        },
      },
    },
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
    },
    // MUI's pixels (25/8/12 px, small 21/4 px; label at 16 px, raised to 7 px; small 13 px, raised to 4 px) in rem.
    MuiFilledInput: {
      ...filledInput,
      styleOverrides: {
        ...(filledInput?.styleOverrides as object | undefined),
        root: {
          ...((filledInput?.styleOverrides as { root?: object } | undefined)?.root ?? {}),
          '& .MuiInputBase-input': { padding: '1.5625rem 0.75rem 0.5rem' },
          '&.MuiInputBase-sizeSmall .MuiInputBase-input': { paddingTop: '1.3125rem', paddingBottom: '0.25rem' },
          '& .MuiInputBase-inputHiddenLabel': { paddingTop: '1rem', paddingBottom: '1.0625rem' },
          '&.MuiInputBase-sizeSmall .MuiInputBase-inputHiddenLabel': { paddingTop: '0.5rem', paddingBottom: '0.5625rem' },
          '&.MuiInputBase-adornedStart': { paddingLeft: '0.75rem' },
          '& .MuiInputBase-inputAdornedStart': { paddingLeft: 0 },
          '& .MuiInputBase-inputAdornedEnd': { paddingRight: 0 },
          '&.MuiInputBase-multiline': { padding: '1.5625rem 0.75rem 0.5rem' },
          '&.MuiInputBase-multiline.MuiInputBase-sizeSmall': { paddingTop: '1.3125rem', paddingBottom: '0.25rem' },
          '&.MuiInputBase-multiline .MuiInputBase-input': { padding: 0 },
        },
      },
    },
    // The same for an autocomplete's filled box (MUI: 19 px above, 8 px left, 7/4 px round the text, 39/65 px kept
    // for its one or two icons, 9 px from the right edge to them).
    MuiAutocomplete: {
      ...defaultTheme.components?.MuiAutocomplete,
      styleOverrides: {
        root: {
          '& .MuiFilledInput-root': {
            paddingTop: '1.1875rem',
            paddingLeft: '0.5rem',
            '& .MuiAutocomplete-input': { padding: '0.4375rem 0.25rem' },
            '& .MuiAutocomplete-endAdornment': { right: '0.5625rem' },
          },
          '&.MuiAutocomplete-hasPopupIcon .MuiFilledInput-root, &.MuiAutocomplete-hasClearIcon .MuiFilledInput-root': { paddingRight: '2.4375rem' },
          '&.MuiAutocomplete-hasPopupIcon.MuiAutocomplete-hasClearIcon .MuiFilledInput-root': { paddingRight: '4.0625rem' },
          '& .MuiFilledInput-root.MuiInputBase-sizeSmall .MuiAutocomplete-input': { padding: '0.15625rem 0.25rem' },
          '& .MuiFilledInput-root.MuiInputBase-hiddenLabel': { paddingTop: 0, paddingBottom: 0 },
          '& .MuiFilledInput-root.MuiInputBase-hiddenLabel .MuiAutocomplete-input': { paddingTop: '1rem', paddingBottom: '1.0625rem' },
        },
      },
    },
    MuiInputLabel: {
      styleOverrides: {
        root: {
          '&.MuiInputLabel-filled': { transform: 'translate(0.75rem, 1rem) scale(1)', maxWidth: 'calc(100% - 1.5rem)' },
          '&.MuiInputLabel-filled.MuiInputLabel-sizeSmall': { transform: 'translate(0.75rem, 0.8125rem) scale(1)' },
          '&.MuiInputLabel-filled.MuiInputLabel-shrink': { transform: 'translate(0.75rem, 0.4375rem) scale(0.75)', maxWidth: 'calc(133% - 1.5rem)' },
          '&.MuiInputLabel-filled.MuiInputLabel-shrink.MuiInputLabel-sizeSmall': { transform: 'translate(0.75rem, 0.25rem) scale(0.75)' },
        },
      },
    },
    // A dialog's width in rem (MUI: 444/600/900/1200 px), so it widens with the text it holds; and where the window
    // is short for its text (under 45 lines' height: 200 % zoom, a 32 px root font) the dialog scrolls as one,
    // instead of squeezing its first part (a request's summary) to nothing beside a form that cannot shrink.
    MuiDialog: {
      styleOverrides: {
        container: { containerType: 'size' },
        paper: {
          '&.MuiDialog-paperWidthXs': { maxWidth: 'min(27.75rem, calc(100% - 64px))' },
          '&.MuiDialog-paperWidthSm': { maxWidth: 'min(37.5rem, calc(100% - 64px))' },
          '&.MuiDialog-paperWidthMd': { maxWidth: 'min(56.25rem, calc(100% - 64px))' },
          '&.MuiDialog-paperWidthLg': { maxWidth: 'min(75rem, calc(100% - 64px))' },
          '@container (max-height: 45em)': {
            overflowY: 'auto',
            '& .MuiDialogContent-root': { flex: '0 0 auto', overflowY: 'visible' },
          },
        },
      },
    },
    // A chip (a status, a chosen archive, 逾期 in a narrow column) is as tall as its text and wraps it, instead of a
    // 24/32 px box that clips large text or an ellipsis.
    MuiChip: {
      styleOverrides: {
        root: { height: 'auto', minHeight: '2rem', maxWidth: '100%' },
        sizeSmall: { minHeight: '1.5rem' },
        label: { whiteSpace: 'normal', overflowWrap: 'anywhere', textOverflow: 'clip' },
        deleteIcon: { fontSize: '1.375rem' },
      },
    },
    // A select's text keeps clear of its arrow, which is 1.5rem wide (MUI keeps 24/32 px for it).
    MuiSelect: { styleOverrides: { select: { '&&&': { paddingRight: '2rem' } } } },
    // Pages of a list: the controls wrap when the text is large rather than running past the grid's edge.
    MuiTablePagination: { styleOverrides: { toolbar: { flexWrap: 'wrap', minHeight: '3.25rem' }, spacer: { flexBasis: 0 } } },
    // A switch in rem (MUI: 58 × 38 px with a 20 px thumb), so it grows with its label.
    MuiSwitch: {
      styleOverrides: {
        root: { width: '3.625rem', height: '2.375rem', padding: '0.75rem' },
        switchBase: { padding: '0.5625rem', '&.Mui-checked': { transform: 'translateX(1.25rem)' } },
        thumb: { width: '1.25rem', height: '1.25rem' },
        track: { borderRadius: '0.4375rem' },
      },
    },
    // The login page grows with its card (react-admin fixes it to the window's height, so at 200 % zoom the 登录 button
    // lay below the window where it could not be scrolled to); the card and form widths in rem.
    RaLogin: { styleOverrides: { root: { height: 'auto', '& .RaLogin-card': { minWidth: 'min(18.75rem, 100%)', marginTop: '3em', marginBottom: '1em' } } } },
    RaLoginForm: { styleOverrides: { root: { '& .RaLoginForm-content': { width: '18.75rem', maxWidth: '100%' } } } },
    // react-admin's select is at least 160 px wide, which leaves its label (人员类别) an ellipsis with large text.
    RaSelectInput: { styleOverrides: { root: { minWidth: '10rem' } } },
    RaNullableBooleanInput: { styleOverrides: { root: { minWidth: '10rem' } } },
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: { 'aria-label': undefined },
          input: (ownerState: { 'aria-label'?: string }) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
        },
      },
    },
    MuiTableCell: {
      ...tableCell,
      styleOverrides: {
        ...(tableCell?.styleOverrides as object | undefined),
        head: { whiteSpace: 'nowrap', wordBreak: 'keep-all' },
        // A table lays its columns out to fit its box, down to one Chinese character a line (a unit's name, a role);
        // at least five characters wide instead, the table scrolls in its box when it has no room for them.
        body: { '&:not(.MuiTableCell-paddingCheckbox)': { minWidth: '5em' } },
      },
    },
    // A wide table scrolls inside its own box (WCAG 1.4.10 allows it for data tables) instead of being cut off by
    // the layout at 200 % zoom or with large text.
    RaDataTable: { styleOverrides: { root: { '& .RaDataTable-tableWrapper': { overflowX: 'auto' } } } },
    RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } } },
    MuiDataGrid: {
      defaultProps: { getRowHeight: () => 'auto' },
      styleOverrides: {
        cell: {
          whiteSpace: 'normal',
          overflowWrap: 'anywhere',
          textOverflow: 'clip',
          lineHeight: 1.4,
          paddingTop: 6,
          paddingBottom: 6,
          display: 'flex',
          alignItems: 'center',
        },
        cellContent: { whiteSpace: 'normal', textOverflow: 'clip' },
      },
    },
    // A list's filters and buttons wrap onto more rows with large text instead of running off the page.
    RaListToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    RaBooleanField: { defaultProps: { TrueIcon: YesIcon, FalseIcon: NoIcon } },
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    RaEmpty: {
      // The "nothing here yet" message is text to read, not a disabled control: text.disabled is 2.7:1.
      styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } },
    },
  },
};
