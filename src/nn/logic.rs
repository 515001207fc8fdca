//! McCulloch–Pitts logic neurons (placeholder).
