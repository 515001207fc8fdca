use super::*;

#[test]
fn every_gate_matches_its_boolean_function_on_every_row() {
    for gate in Gate::ALL {
        let table = gate.network().truth_table().unwrap();
        assert_eq!(table.rows.len(), 1 << gate.arity(), "{}", gate.name());
        assert_eq!(table.outputs, vec!["C".to_string()]);
        for row in &table.rows {
            let expected = gate.expected(&row.inputs).unwrap();
            assert_eq!(row.outputs, vec![expected], "{} on {:?}", gate.name(), row.inputs);
        }
    }
}

#[test]
fn truth_table_counts_in_binary_with_first_input_most_significant() {
    let table = Gate::AndNot.network().truth_table().unwrap();
    let inputs: Vec<Vec<bool>> = table.rows.iter().map(|r| r.inputs.clone()).collect();
    let f = false;
    let t = true;
    assert_eq!(inputs, vec![vec![f, f], vec![f, t], vec![t, f], vec![t, t]]);
    // A AND NOT B is true only on (1, 0): the row order is really A-major.
    let outputs: Vec<bool> = table.rows.iter().map(|r| r.outputs[0]).collect();
    assert_eq!(outputs, vec![f, f, t, f]);
    let text = table.to_string();
    assert_eq!(text, "A B | C\n0 0 | 0\n0 1 | 0\n1 0 | 1\n1 1 | 0\n");
}

#[test]
fn xor_hidden_neurons_show_the_signal_flow() {
    let eval = Gate::Xor.network().evaluate(&[true, false]).unwrap();
    let fired: Vec<bool> = eval.neurons.iter().map(|n| n.fired).collect();
    assert_eq!(fired, vec![true, false, true]);
    assert!(eval.neurons[1].vetoed);
    assert_eq!(eval.outputs, vec![true]);
}

#[test]
fn one_active_inhibitory_line_vetoes_any_excitation() {
    let mut net = Network::new(&["A", "B", "C", "D"]);
    let n = net.add_neuron("N", 1, true).unwrap();
    for i in 0..3 {
        net.connect(n, Source::Input(i), ConnectionKind::Excitatory).unwrap();
    }
    net.connect(n, Source::Input(3), ConnectionKind::Inhibitory).unwrap();
    assert_eq!(net.evaluate(&[true, true, true, false]).unwrap().outputs, vec![true]);
    let vetoed = net.evaluate(&[true, true, true, true]).unwrap();
    assert_eq!(vetoed.outputs, vec![false]);
    assert_eq!(vetoed.neurons[0].excitation, 3);
    assert!(vetoed.neurons[0].vetoed);
}

#[test]
fn invalid_networks_are_rejected() {
    let mut forward = Gate::Xor.network();
    forward.neurons[0].inputs.push(Connection {
        from: Source::Neuron(2),
        kind: ConnectionKind::Excitatory,
    });
    assert!(matches!(
        forward.evaluate(&[false, false]),
        Err(LogicError::ForwardReference {
            neuron: 0,
            source_neuron: 2
        })
    ));
    let mut self_loop = Gate::And.network();
    assert!(matches!(
        self_loop.connect(0, Source::Neuron(0), ConnectionKind::Excitatory),
        Err(LogicError::ForwardReference { .. })
    ));
    self_loop.neurons[0].inputs.push(Connection {
        from: Source::Neuron(0),
        kind: ConnectionKind::Inhibitory,
    });
    assert!(self_loop.validate().is_err());

    let mut missing = Gate::Or.network();
    missing.neurons[0].inputs[1].from = Source::Input(5);
    assert!(matches!(
        missing.truth_table(),
        Err(LogicError::UnknownInput { index: 5, .. })
    ));
    let mut missing_neuron = Gate::Or.network();
    missing_neuron.neurons[0].inputs[1].from = Source::Neuron(9);
    assert!(matches!(
        missing_neuron.validate(),
        Err(LogicError::UnknownNeuron { index: 9, .. })
    ));

    let mut no_output = Gate::And.network();
    no_output.neurons[0].output = false;
    assert_eq!(no_output.validate(), Err(LogicError::NoOutputs));
    assert_eq!(Network::new(&[]).validate(), Err(LogicError::NoInputs));
    let mut dup = Gate::And.network();
    dup.neurons[0].name = "A".into();
    assert!(matches!(dup.validate(), Err(LogicError::DuplicateName { .. })));
    assert!(matches!(
        Gate::And.network().evaluate(&[true]),
        Err(LogicError::InputCount { expected: 2, found: 1 })
    ));
    let many: Vec<String> = (0..=MAX_INPUTS).map(|i| format!("x{i}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let mut big = Network::new(&refs);
    big.add_neuron("out", 0, true).unwrap();
    assert!(matches!(big.truth_table(), Err(LogicError::TooManyInputs { .. })));
}

#[test]
fn custom_network_built_and_edited_through_the_api() {
    // Build a NAND: first an AND neuron, then a NOT of it (θ = 0, inhibited).
    let mut net = Network::new(&["A"]);
    net.add_input("B").unwrap();
    let and = net.add_neuron("and", 2, false).unwrap();
    let a = net.find("A").unwrap();
    let b = net.find("B").unwrap();
    net.connect(and, a, ConnectionKind::Excitatory).unwrap();
    net.connect(and, b, ConnectionKind::Excitatory).unwrap();
    let out = net.add_neuron("nand", 0, true).unwrap();
    net.connect(out, Source::Neuron(and), ConnectionKind::Inhibitory)
        .unwrap();
    let outputs =
        |net: &Network| -> Vec<bool> { net.truth_table().unwrap().rows.iter().map(|r| r.outputs[0]).collect() };
    assert_eq!(outputs(&net), vec![true, true, true, false]);

    // Lower the AND threshold to 1: it becomes OR, so the output is NOR.
    net.set_threshold(and, 1).unwrap();
    assert_eq!(outputs(&net), vec![true, false, false, false]);
    // Make B inhibitory into the first neuron: it computes A AND NOT B.
    net.set_kind(and, b, ConnectionKind::Inhibitory).unwrap();
    assert_eq!(outputs(&net), vec![true, true, false, true]);
    // Remove the line from B: the first neuron is A, the output NOT A.
    assert_eq!(net.disconnect(and, b).unwrap(), 1);
    assert_eq!(outputs(&net), vec![true, true, false, false]);
    assert!(matches!(
        net.disconnect(and, b),
        Err(LogicError::NoSuchConnection { .. })
    ));

    // Removing the first neuron renumbers the output and drops its line,
    // leaving a θ = 0 neuron that always fires.
    net.remove_neuron(and).unwrap();
    assert_eq!(net.neurons.len(), 1);
    assert!(net.neurons[0].inputs.is_empty());
    assert_eq!(outputs(&net), vec![true; 4]);
    // Removing input A renumbers B to 0.
    net.connect(0, Source::Input(1), ConnectionKind::Inhibitory).unwrap();
    net.remove_input(0).unwrap();
    assert_eq!(net.neurons[0].inputs[0].from, Source::Input(0));
    assert_eq!(outputs(&net), vec![true, false]);

    assert!(matches!(
        net.set_threshold(7, 1),
        Err(LogicError::UnknownNeuron { index: 7, .. })
    ));
    assert!(matches!(
        net.add_neuron("B", 1, true),
        Err(LogicError::DuplicateName { .. })
    ));
    assert!(matches!(net.add_neuron(" ", 1, true), Err(LogicError::EmptyName)));
    net.set_output(0, false).unwrap();
    assert_eq!(net.validate(), Err(LogicError::NoOutputs));
}

#[test]
fn gate_names_round_trip() {
    for gate in Gate::ALL {
        assert_eq!(Gate::from_name(gate.name()), Some(gate));
        assert_eq!(gate.name().parse::<Gate>(), Ok(gate));
    }
    assert_eq!(Gate::from_name("AND_NOT"), Some(Gate::AndNot));
    assert_eq!(Gate::from_name("andnot"), Some(Gate::AndNot));
    assert!(matches!("nand".parse::<Gate>(), Err(LogicError::UnknownGate { .. })));
    assert_eq!(Gate::Xor.expected(&[true]), None);
}
