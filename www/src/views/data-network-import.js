// Data view section: a survey wave from CSV node/edge lists or GraphML, with preview and column mapping.
export function NetworkImportSection() {
  return null;
}
