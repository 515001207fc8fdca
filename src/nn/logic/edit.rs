//! Building and editing a [`Network`] step by step, for the custom-network
//! lab. Every edit keeps source indices consistent (removing a neuron
//! renumbers the neurons after it) and refuses edits that would create a
//! forward reference; whether the result has an output is checked by
//! [`Network::validate`], since a half-built network legitimately has none.

use super::{Connection, ConnectionKind, LogicError, Network, Neuron, Source};

impl Network {
    /// A network with the given input names and no neurons yet.
    pub fn new(inputs: &[&str]) -> Self {
        Self {
            inputs: inputs.iter().map(|s| s.to_string()).collect(),
            neurons: Vec::new(),
        }
    }

    /// The input or neuron called `name`, as a connection source.
    pub fn find(&self, name: &str) -> Option<Source> {
        if let Some(i) = self.inputs.iter().position(|n| n == name) {
            return Some(Source::Input(i));
        }
        self.neurons.iter().position(|n| n.name == name).map(Source::Neuron)
    }

    /// Checks that `name` is non-empty and not yet used.
    fn check_new_name(&self, name: &str) -> Result<(), LogicError> {
        if name.trim().is_empty() {
            return Err(LogicError::EmptyName);
        }
        if self.find(name).is_some() {
            return Err(LogicError::DuplicateName { name: name.to_string() });
        }
        Ok(())
    }

    /// Checks that neuron `index` exists.
    fn check_neuron(&self, index: usize) -> Result<(), LogicError> {
        if index < self.neurons.len() {
            Ok(())
        } else {
            Err(LogicError::UnknownNeuron {
                index,
                count: self.neurons.len(),
            })
        }
    }

    /// Neuron `index`, mutably, or an error naming the valid range.
    fn neuron_mut(&mut self, index: usize) -> Result<&mut Neuron, LogicError> {
        let count = self.neurons.len();
        self.neurons
            .get_mut(index)
            .ok_or(LogicError::UnknownNeuron { index, count })
    }

    /// Appends an input and returns its index.
    pub fn add_input(&mut self, name: &str) -> Result<usize, LogicError> {
        self.check_new_name(name)?;
        self.inputs.push(name.to_string());
        Ok(self.inputs.len() - 1)
    }

    /// Appends a neuron with threshold θ and no connections; returns its index.
    pub fn add_neuron(&mut self, name: &str, threshold: u32, output: bool) -> Result<usize, LogicError> {
        self.check_new_name(name)?;
        self.neurons.push(Neuron {
            name: name.to_string(),
            threshold,
            inputs: Vec::new(),
            output,
        });
        Ok(self.neurons.len() - 1)
    }

    /// Removes input `index`, drops every connection from it and renumbers
    /// the inputs after it.
    pub fn remove_input(&mut self, index: usize) -> Result<String, LogicError> {
        if index >= self.inputs.len() {
            return Err(LogicError::UnknownInput {
                index,
                count: self.inputs.len(),
            });
        }
        for neuron in &mut self.neurons {
            neuron.inputs.retain(|c| c.from != Source::Input(index));
            for c in &mut neuron.inputs {
                if let Source::Input(j) = &mut c.from
                    && *j > index
                {
                    *j -= 1;
                }
            }
        }
        Ok(self.inputs.remove(index))
    }

    /// Removes neuron `index`, drops every connection from it and renumbers
    /// the neurons after it (their order, hence validity, is unchanged).
    pub fn remove_neuron(&mut self, index: usize) -> Result<Neuron, LogicError> {
        self.neuron_mut(index)?;
        let removed = self.neurons.remove(index);
        for neuron in &mut self.neurons {
            neuron.inputs.retain(|c| c.from != Source::Neuron(index));
            for c in &mut neuron.inputs {
                if let Source::Neuron(j) = &mut c.from
                    && *j > index
                {
                    *j -= 1;
                }
            }
        }
        Ok(removed)
    }

    /// Adds a line from `from` into neuron `neuron`. Refused when the source
    /// does not exist or is not an earlier neuron.
    pub fn connect(&mut self, neuron: usize, from: Source, kind: ConnectionKind) -> Result<(), LogicError> {
        self.check_neuron(neuron)?;
        self.check_source(neuron, from)?;
        self.neuron_mut(neuron)?.inputs.push(Connection { from, kind });
        Ok(())
    }

    /// Removes every line from `from` into neuron `neuron`; returns how many.
    pub fn disconnect(&mut self, neuron: usize, from: Source) -> Result<usize, LogicError> {
        let label = self.source_label(from);
        let n = self.neuron_mut(neuron)?;
        let before = n.inputs.len();
        n.inputs.retain(|c| c.from != from);
        match before - n.inputs.len() {
            0 => Err(LogicError::NoSuchConnection {
                neuron,
                source_name: label,
            }),
            removed => Ok(removed),
        }
    }

    /// Makes every line from `from` into neuron `neuron` excitatory or
    /// inhibitory.
    pub fn set_kind(&mut self, neuron: usize, from: Source, kind: ConnectionKind) -> Result<(), LogicError> {
        let label = self.source_label(from);
        let n = self.neuron_mut(neuron)?;
        let mut found = false;
        for c in n.inputs.iter_mut().filter(|c| c.from == from) {
            c.kind = kind;
            found = true;
        }
        if found {
            Ok(())
        } else {
            Err(LogicError::NoSuchConnection {
                neuron,
                source_name: label,
            })
        }
    }

    /// Sets neuron `neuron`'s threshold θ.
    pub fn set_threshold(&mut self, neuron: usize, threshold: u32) -> Result<(), LogicError> {
        self.neuron_mut(neuron)?.threshold = threshold;
        Ok(())
    }

    /// Marks neuron `neuron` as an output of the network, or not.
    pub fn set_output(&mut self, neuron: usize, output: bool) -> Result<(), LogicError> {
        self.neuron_mut(neuron)?.output = output;
        Ok(())
    }

    /// A readable name for a source (its input or neuron name, or a
    /// description if it does not exist).
    pub fn source_label(&self, from: Source) -> String {
        let name = match from {
            Source::Input(i) => self.inputs.get(i),
            Source::Neuron(i) => self.neurons.get(i).map(|n| &n.name),
        };
        match (name, from) {
            (Some(name), _) => name.clone(),
            (None, Source::Input(i)) => format!("input #{i}"),
            (None, Source::Neuron(i)) => format!("neuron #{i}"),
        }
    }
}
