// Data view section: pseudonymised sharing, reference municipality and network formats for other tools.
export function SharingSection() {
  return null;
}
