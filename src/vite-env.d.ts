/** The workbook worker's constructor: a separate file in the PWA build, inlined in the single file (vite.config.ts). */
declare module 'virtual:workbook-worker' {
  const WorkbookWorker: new () => Worker;
  export default WorkbookWorker;
}
