//! The Arrow PyCapsule interface: a result Python's Arrow libraries
//! (pyarrow ≥ 14, polars, duckdb, arro3, nanoarrow) read without a copy.
//! Each export hands out a fresh C struct owning Arc'd buffers, so the
//! result may be read any number of times.

use std::ffi::CStr;

use arrow_array::ffi::{FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{Array, RecordBatch, RecordBatchIterator, StructArray};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

/// An Arrow table of analyses (one record batch), for `pyarrow.table()`.
#[pyclass(module = "dossier", name = "ArrowTable", frozen)]
pub struct ArrowTable {
    batch: RecordBatch,
}

/// A C struct moved into a capsule. The consumer moves the struct out and
/// marks it released; whatever is left is released when the capsule dies.
#[repr(transparent)]
struct Owned<T>(T);

// SAFETY: the C structs own their buffers (Arc'd, immutable) and are only
// touched by the one consumer that imports them; the stream struct is
// already `Send` in arrow-rs, the array and schema structs are plain data.
unsafe impl<T> Send for Owned<T> {}

fn capsule<'py, T: 'static>(
    py: Python<'py>,
    value: T,
    name: &'static CStr,
) -> PyResult<Bound<'py, PyCapsule>> {
    PyCapsule::new_with_value(py, Owned(value), name)
}

fn arrow_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

impl ArrowTable {
    /// Wraps a batch.
    pub fn new(batch: RecordBatch) -> Self {
        Self { batch }
    }
}

#[pymethods]
impl ArrowTable {
    /// The number of rows (articles).
    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }

    fn __repr__(&self) -> String {
        let names: Vec<&str> = self
            .batch
            .schema_ref()
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        format!(
            "dossier.ArrowTable({} rows: {})",
            self.batch.num_rows(),
            names.join(", ")
        )
    }

    /// The schema as an `arrow_schema` capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema =
            FFI_ArrowSchema::try_from(self.batch.schema_ref().as_ref()).map_err(arrow_error)?;
        capsule(py, schema, c"arrow_schema")
    }

    /// The batch as an `arrow_array_stream` capsule (one batch). A
    /// requested schema is not honoured: the columns have one schema.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let batch = self.batch.clone();
        let reader = RecordBatchIterator::new([Ok(batch)], self.batch.schema());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        capsule(py, stream, c"arrow_array_stream")
    }

    /// The batch as a struct array: a pair of `arrow_schema` and
    /// `arrow_array` capsules (what `pyarrow.record_batch()` reads).
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let data = StructArray::from(self.batch.clone()).into_data();
        let schema = FFI_ArrowSchema::try_from(data.data_type()).map_err(arrow_error)?;
        let array = FFI_ArrowArray::new(&data);
        let schema = capsule(py, schema, c"arrow_schema")?;
        let array = capsule(py, array, c"arrow_array")?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }
}
