//! Evaluation against gold annotations (placeholder).
