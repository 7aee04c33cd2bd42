/** Translations are a tree of strings; each English module mirrors its Chinese one key for key. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };
