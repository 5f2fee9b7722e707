// English texts for the hardening feature (merged into en.js).
export default {
};
