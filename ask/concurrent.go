package ask

// task is a store call run in a goroutine of its own, so that calls that
// do not wait on each other's results are waited on together: a question's
// searches were a chain of some forty round trips, each waiting for the
// one before, while the database's other cores stood idle.
type task struct {
	done chan struct{}
	err  error
}

// start runs f in a goroutine.
func start(f func() error) *task {
	t := &task{done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.err = f()
	}()
	return t
}

// wait returns f's error once it returned.
func (t *task) wait() error {
	if t == nil {
		return nil
	}
	<-t.done
	return t.err
}

// waitAll waits for every task and returns the first error in their order.
func waitAll(ts ...*task) error {
	var first error
	for _, t := range ts {
		if err := t.wait(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
