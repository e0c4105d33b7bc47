/** Stands in for 'electron' in unit tests: the real package would try to download its binary. */
export const app = {};
export const ipcMain = {};
export default {};
