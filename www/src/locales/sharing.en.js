// English texts for the sharing feature (merged into en.js).
export default {
};
